package dev.schemac.processor;

import dev.schemac.processor.diag.Diagnostics;
import dev.schemac.processor.diag.Message;
import dev.schemac.processor.diff.Advice;
import dev.schemac.processor.diff.Change;
import dev.schemac.processor.read.Origins;
import dev.schemac.processor.read.Origins.Origin;
import dev.schemac.schema.QualifiedName;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;

/** Reports what the diff noticed about the people's decisions, each on the element that carries or needs one. */
final class AdviceReport {
    private final Diagnostics diagnostics;
    private final Origins origins;
    private final Map<QualifiedName, Element> tableDropSources;

    AdviceReport(Diagnostics diagnostics, Origins origins, Map<QualifiedName, Element> tableDropSources) {
        this.diagnostics = diagnostics;
        this.origins = origins;
        this.tableDropSources = tableDropSources;
    }

    void report(List<Advice> advice) {
        for (Advice item : advice) {
            if (item.subject() instanceof Change.OfColumn c) {
                Element field = origins.ofColumn(c.column()).map(Origin::element).orElse(null);
                Element entity = origins.ofTable(c.column().table()).map(Origin::element).orElse(null);
                String old = c.column().table() + "." + item.name();
                switch (item.kind()) {
                    case RENAME_SOURCE_MISSING -> diagnostics.warn(Message.RENAME_SOURCE_MISSING, field,
                            item.name(), old, c.column());
                    case RENAME_SOURCE_MAPPED -> diagnostics.report(Message.RENAME_SOURCE_MAPPED, field, item.name(),
                            "column " + old, "column " + c.column());
                    case RENAME_TARGET_EXISTS -> diagnostics.warn(Message.RENAME_TARGET_EXISTS, field, item.name(),
                            "column " + old, "column " + c.column());
                    case LIKELY_RENAME -> diagnostics.warn(Message.LIKELY_RENAME, field, "column " + c.column(),
                            "column " + old, item.name());
                    case DROP_STILL_MAPPED -> diagnostics.report(Message.DROP_STILL_MAPPED, entity, "DropColumn",
                            c.column().column(), "column");
                    case DROP_DONE -> diagnostics.report(Message.DROP_DONE, entity, "DropColumn",
                            c.column().column(), "column");
                }
            } else if (item.subject() instanceof Change.OfTable t) {
                Element entity = origins.ofTable(t.table()).map(Origin::element).orElse(null);
                String old = t.table().sibling(item.name() == null ? t.table().name() : item.name()).toString();
                switch (item.kind()) {
                    case RENAME_SOURCE_MISSING -> diagnostics.warn(Message.RENAME_SOURCE_MISSING, entity,
                            item.name(), "table " + old, "table " + t.table());
                    case RENAME_SOURCE_MAPPED -> diagnostics.report(Message.RENAME_SOURCE_MAPPED, entity, item.name(),
                            "table " + old, "table " + t.table());
                    case RENAME_TARGET_EXISTS -> diagnostics.warn(Message.RENAME_TARGET_EXISTS, entity, item.name(),
                            "table " + old, "table " + t.table());
                    case LIKELY_RENAME -> diagnostics.warn(Message.LIKELY_RENAME, entity, "table " + t.table(),
                            "table " + old, item.name());
                    case DROP_STILL_MAPPED -> diagnostics.report(Message.DROP_STILL_MAPPED,
                            tableDropSources.get(t.table()), "DropTable", t.table(), "table");
                    case DROP_DONE -> diagnostics.report(Message.DROP_DONE, tableDropSources.get(t.table()),
                            "DropTable", t.table(), "table");
                }
            }
        }
    }
}
