package dev.schemac.processor.read;

import dev.schemac.processor.diag.Diagnostics;
import dev.schemac.processor.diag.Message;
import dev.schemac.processor.diff.Decisions;
import dev.schemac.schema.ColumnRef;
import dev.schemac.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reads the people's decisions from the annotations of {@code dev.schemac.annotation} (by name: the processor does
 * not load the runtime's classes) and puts them in schema terms with the origins of the model: the column a field
 * maps, the table an entity class maps.
 */
public final class DecisionReader {
    static final String RENAMED_FROM = "dev.schemac.annotation.RenamedFrom";
    static final String BACKFILL = "dev.schemac.annotation.Backfill";
    static final String DROP_COLUMN = "dev.schemac.annotation.DropColumn";
    static final String DROP_COLUMNS = "dev.schemac.annotation.DropColumn.List";
    static final String DROP_TABLE = "dev.schemac.annotation.DropTable";
    static final String DROP_TABLES = "dev.schemac.annotation.DropTable.List";

    /**
     * The decisions and where each drop of a table was decided, to report on that class.
     *
     * @param decisions the decisions in schema terms
     * @param tableDropSources per decided table drop, the class that carries it
     */
    public record Decided(Decisions decisions, Map<QualifiedName, Element> tableDropSources) {
    }

    private final Diagnostics diagnostics;
    private final Annotations annotations = new Annotations();
    private final Map<QualifiedName, String> tableRenames = new TreeMap<>();
    private final Map<ColumnRef, String> columnRenames = new TreeMap<>();
    private final Map<ColumnRef, String> columnDrops = new TreeMap<>();
    private final Map<QualifiedName, String> tableDrops = new TreeMap<>();
    private final Map<ColumnRef, String> backfills = new TreeMap<>();
    private final Map<QualifiedName, Element> tableDropSources = new HashMap<>();

    private DecisionReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Reads the decisions on the entities and on the fields that map columns; errors go to {@code diagnostics}. */
    public static Decided read(List<TypeElement> entities, Origins origins, Diagnostics diagnostics) {
        DecisionReader reader = new DecisionReader(diagnostics);
        Map<Element, List<ColumnRef>> columnsOf = new LinkedHashMap<>();
        origins.columns().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> columnsOf.computeIfAbsent(e.getValue().element(), x -> new ArrayList<>()).add(e.getKey()));
        Map<Element, List<QualifiedName>> tablesOf = new LinkedHashMap<>();
        origins.tables().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> tablesOf.computeIfAbsent(e.getValue().element(), x -> new ArrayList<>()).add(e.getKey()));
        columnsOf.forEach(reader::field);
        for (TypeElement entity : entities) {
            reader.entity(entity, tablesOf.getOrDefault(entity, List.of()));
            reader.unplaced(entity, columnsOf);
        }
        return new Decided(new Decisions(reader.tableRenames, reader.columnRenames, reader.columnDrops,
                reader.tableDrops, reader.backfills), reader.tableDropSources);
    }

    private void field(Element field, List<ColumnRef> columns) {
        if (field instanceof TypeElement) {
            return;
        }
        String renamedFrom = value(field, RENAMED_FROM, "value");
        String backfill = value(field, BACKFILL, "value");
        if (renamedFrom == null && backfill == null) {
            return;
        }
        if (columns.stream().map(ColumnRef::table).distinct().count() < columns.size()) {
            String annotation = renamedFrom != null ? "@RenamedFrom" : "@Backfill";
            diagnostics.report(Message.DECISION_INVALID, field, annotation + " on " + field.getSimpleName()
                    + ", which maps several columns " + columns + "; it is about one column: map them one by one"
                    + " (e.g. an @Embeddable's fields) and annotate the field of that column");
            return;
        }
        for (ColumnRef column : columns) {
            if (renamedFrom != null && name(field, "@RenamedFrom", renamedFrom)) {
                columnRenames.put(column, renamedFrom);
            }
            if (backfill != null) {
                if (backfill.isBlank()) {
                    diagnostics.report(Message.DECISION_INVALID, field, "@Backfill on " + field.getSimpleName()
                            + " has no expression; give the SQL value for existing rows, e.g. @Backfill(\"''\")");
                } else {
                    backfills.put(column, backfill);
                }
            }
        }
    }

    /** A member of an entity with a column decision but no column of its own: the decision would be lost. */
    private void unplaced(TypeElement entity, Map<Element, List<ColumnRef>> columnsOf) {
        for (Element member : entity.getEnclosedElements()) {
            if (columnsOf.containsKey(member)) {
                continue;
            }
            for (String annotation : List.of(RENAMED_FROM, BACKFILL)) {
                if (value(member, annotation, "value") != null) {
                    diagnostics.report(Message.DECISION_INVALID, member, "@"
                            + annotation.substring(annotation.lastIndexOf('.') + 1) + " on " + member.getSimpleName()
                            + ", which maps no column of its own (an embedded object, a collection or a transient"
                            + " field); put it on the field that maps the column, e.g. in the @Embeddable");
                }
            }
        }
    }

    private void entity(TypeElement entity, List<QualifiedName> tables) {
        String renamedFrom = value(entity, RENAMED_FROM, "value");
        List<AnnotationValues> dropColumns = annotations.of(entity).repeated(DROP_COLUMN, DROP_COLUMNS);
        if ((renamedFrom != null || !dropColumns.isEmpty()) && tables.size() != 1) {
            diagnostics.report(Message.DECISION_INVALID, entity, entity.getSimpleName() + " maps "
                    + (tables.isEmpty() ? "no table of its own" : "the tables " + tables) + ", so @RenamedFrom and"
                    + " @DropColumn on it name no one table; put them on the entity class that maps the table");
            return;
        }
        if (renamedFrom != null && name(entity, "@RenamedFrom", renamedFrom)) {
            tableRenames.put(tables.get(0), renamedFrom);
        }
        for (AnnotationValues drop : dropColumns) {
            String column = drop.string("name");
            String reason = reason(entity, "@DropColumn", column, drop.string("reason"));
            if (reason != null && name(entity, "@DropColumn", column)) {
                columnDrops.put(new ColumnRef(tables.get(0), column), reason);
            }
        }
        for (AnnotationValues drop : annotations.of(entity).repeated(DROP_TABLE, DROP_TABLES)) {
            String table = drop.string("name");
            String reason = reason(entity, "@DropTable", table, drop.string("reason"));
            if (reason == null) {
                continue;
            }
            try {
                QualifiedName name = QualifiedName.parse(table);
                tableDrops.put(name, reason);
                tableDropSources.putIfAbsent(name, entity);
            } catch (IllegalArgumentException e) {
                diagnostics.report(Message.DECISION_INVALID, entity, "@DropTable(name = \"" + table + "\") on "
                        + entity.getSimpleName() + ": " + e.getMessage() + "; write \"table\" or \"schema.table\"");
            }
        }
    }

    /** The reason, or null after reporting that it is blank: a drop needs a person's reason. */
    private String reason(Element element, String annotation, String name, String reason) {
        if (reason == null || reason.isBlank()) {
            diagnostics.report(Message.DECISION_INVALID, element, annotation + "(name = \"" + name + "\") on "
                    + element.getSimpleName() + " has no reason; say why the data may go, e.g. reason = \"replaced by"
                    + " ...\": it becomes the approval of the data loss in the migration");
            return null;
        }
        return reason;
    }

    /** Whether a name is usable; reports it when it is empty or qualified. */
    private boolean name(Element element, String annotation, String name) {
        if (name != null && !name.isEmpty() && name.indexOf('.') < 0) {
            return true;
        }
        diagnostics.report(Message.DECISION_INVALID, element, annotation + "(\"" + name + "\") on "
                + element.getSimpleName() + ": give the name as the snapshot has it, without schema, e.g. \"client\"");
        return false;
    }

    private String value(Element element, String annotation, String member) {
        return annotations.of(element).get(annotation).map(values -> values.string(member)).orElse(null);
    }
}
