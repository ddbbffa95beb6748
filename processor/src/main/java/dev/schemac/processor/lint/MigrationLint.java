package dev.schemac.processor.lint;

import dev.schemac.operation.AddCheck;
import dev.schemac.operation.AddColumn;
import dev.schemac.operation.AddForeignKey;
import dev.schemac.operation.AddPrimaryKey;
import dev.schemac.operation.AddUnique;
import dev.schemac.operation.AlterColumnType;
import dev.schemac.operation.CreateIndex;
import dev.schemac.operation.CreateSequence;
import dev.schemac.operation.CreateTable;
import dev.schemac.operation.DropColumn;
import dev.schemac.operation.DropTable;
import dev.schemac.operation.Operation;
import dev.schemac.operation.RenameColumn;
import dev.schemac.operation.RenameTable;
import dev.schemac.operation.Risk;
import dev.schemac.operation.SetNotNull;
import dev.schemac.processor.diag.Diagnostics;
import dev.schemac.processor.diag.Message;
import dev.schemac.processor.read.Origins;
import dev.schemac.processor.read.Origins.Origin;
import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnRef;
import dev.schemac.schema.ColumnType;
import dev.schemac.schema.ForeignKey;
import dev.schemac.schema.Index;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Warns about the hazards of the DDL a migration runs, in the spirit of squawk and strong_migrations, on the element
 * whose change produced it. Only the operations of the migration being generated (or pending) are looked at, so an
 * unchanged entity is never warned about again. Each warning can be suppressed with
 * {@code @SuppressWarnings("schemac:<tag>")} on the element or around it.
 */
public final class MigrationLint {
    /** PostgreSQL's NAMEDATALEN - 1: longer names are cut, with a notice nobody reads. */
    static final int MAX_IDENTIFIER_BYTES = 63;

    private final Origins origins;
    private final Map<QualifiedName, Element> tableDropSources;
    private final Diagnostics diagnostics;
    private final Set<ColumnRef> added = new HashSet<>();

    private MigrationLint(Origins origins, Map<QualifiedName, Element> tableDropSources, Diagnostics diagnostics) {
        this.origins = origins;
        this.tableDropSources = tableDropSources;
        this.diagnostics = diagnostics;
    }

    /**
     * Reports the hazards of {@code up}.
     *
     * @param tableDropSources per table dropped by decision, the class that carries the decision
     */
    public static void check(List<Operation> up, Origins origins, Map<QualifiedName, Element> tableDropSources,
            Diagnostics diagnostics) {
        MigrationLint lint = new MigrationLint(origins, tableDropSources, diagnostics);
        up.forEach(lint::operation);
    }

    private void operation(Operation operation) {
        if (operation instanceof CreateTable create) {
            created(create.table());
        } else if (operation instanceof AddColumn add) {
            ColumnRef ref = new ColumnRef(add.table(), add.column().name());
            added.add(ref);
            column(ref, add.column().type());
            name(column(ref), "column", add.column().name());
        } else if (operation instanceof SetNotNull notNull) {
            ColumnRef ref = new ColumnRef(notNull.table(), notNull.column());
            diagnostics.warn(added.contains(ref) ? Message.LINT_REQUIRED_COLUMN : Message.LINT_SET_NOT_NULL,
                    column(ref), ref);
        } else if (operation instanceof AlterColumnType alter) {
            ColumnRef ref = new ColumnRef(alter.table(), alter.column());
            // A lossy change already has its data-loss warning; one warning per problem.
            if (alter.risk() == Risk.SAFE && !keepsStorage(alter.from(), alter.to())) {
                diagnostics.warn(Message.LINT_ALTER_TYPE, column(ref), ref, alter.from(), alter.to());
            }
            column(ref, alter.to());
        } else if (operation instanceof DropColumn drop && drop.approval() != null) {
            diagnostics.warn(Message.LINT_DROP_COLUMN, table(drop.table()), new ColumnRef(drop.table(), drop.column()));
        } else if (operation instanceof DropTable drop && drop.approval() != null) {
            diagnostics.warn(Message.LINT_DROP_TABLE, tableDropSources.get(drop.table()), drop.table());
        } else if (operation instanceof RenameTable rename) {
            QualifiedName to = rename.table().sibling(rename.to());
            diagnostics.warn(Message.LINT_RENAME, table(to), "table " + rename.table());
            name(table(to), "table", rename.to());
        } else if (operation instanceof RenameColumn rename) {
            ColumnRef to = new ColumnRef(rename.table(), rename.to());
            diagnostics.warn(Message.LINT_RENAME, column(to), "column " + new ColumnRef(rename.table(),
                    rename.column()));
            name(column(to), "column", rename.to());
        } else {
            constraintNames(operation);
        }
    }

    private void created(Table table) {
        Element entity = table(table.name());
        name(entity, "table", table.name().name());
        for (Column column : table.columns()) {
            ColumnRef ref = new ColumnRef(table.name(), column.name());
            column(ref, column.type());
            name(column(ref), "column", column.name());
        }
        if (table.primaryKey() != null && table.primaryKey().columns().size() == 1) {
            ColumnRef id = new ColumnRef(table.name(), table.primaryKey().columns().get(0));
            table.findColumn(id.column()).map(Column::type).ifPresent(type -> {
                if (type.name().equals("integer") || type.name().equals("smallint")) {
                    diagnostics.warn(Message.LINT_INT_ID, column(id), id, type,
                            type.name().equals("integer") ? "2,147,483,647" : "32,767");
                }
            });
        }
        if (table.primaryKey() != null) {
            name(entity, "constraint", table.primaryKey().name());
        }
        table.uniques().forEach(u -> name(entity, "constraint", u.name()));
        table.checks().forEach(c -> name(entity, "constraint", c.name()));
        table.foreignKeys().stream().map(ForeignKey::name).forEach(n -> name(entity, "constraint", n));
        table.indexes().stream().map(Index::name).forEach(n -> name(entity, "index", n));
    }

    private void constraintNames(Operation operation) {
        if (operation instanceof AddPrimaryKey add) {
            name(table(add.table()), "constraint", add.primaryKey().name());
        } else if (operation instanceof AddUnique add) {
            name(table(add.table()), "constraint", add.unique().name());
        } else if (operation instanceof AddCheck add) {
            name(table(add.table()), "constraint", add.check().name());
        } else if (operation instanceof AddForeignKey add) {
            name(table(add.table()), "constraint", add.foreignKey().name());
        } else if (operation instanceof CreateIndex create) {
            name(table(create.table()), "index", create.index().name());
        } else if (operation instanceof CreateSequence create) {
            name(origins.ofSequence(create.sequence().name()).map(Origin::element).orElse(null), "sequence",
                    create.sequence().name().name());
        }
    }

    /** The hazards of a column's type, wherever the migration gives a column a type. */
    private void column(ColumnRef ref, ColumnType type) {
        if (type.name().equals("timestamp")) {
            diagnostics.warn(Message.LINT_TIMESTAMP_WITHOUT_TZ, column(ref), ref);
        } else if (type.name().equals("char") || type.name().equals("character") || type.name().equals("bpchar")) {
            diagnostics.warn(Message.LINT_CHAR_N, column(ref), ref, type);
        }
    }

    /**
     * Warns when the name was cut: the model holds names as PostgreSQL stores them, so a cut name is at most 63
     * bytes, and the longer one it came from is in the element's annotations (or is the element's own name).
     */
    private void name(Element element, String kind, String name) {
        if (element == null || bytes(name) < MAX_IDENTIFIER_BYTES - 3) {
            return;
        }
        List<String> written = new ArrayList<>();
        written.add(element.getSimpleName().toString());
        element.getAnnotationMirrors().forEach(m -> strings(m, written));
        String prefix = name.toLowerCase(Locale.ROOT);
        for (String candidate : written) {
            if (bytes(candidate) > MAX_IDENTIFIER_BYTES && candidate.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                diagnostics.warn(Message.LINT_IDENTIFIER_TOO_LONG, element, kind, candidate, bytes(candidate), name);
                return;
            }
        }
    }

    private static void strings(AnnotationMirror mirror, List<String> found) {
        mirror.getElementValues().values().forEach(v -> strings(v.getValue(), found));
    }

    private static void strings(Object value, List<String> found) {
        if (value instanceof String text) {
            found.add(text.replace("\"", "").replace("`", ""));
        } else if (value instanceof AnnotationMirror nested) {
            strings(nested, found);
        } else if (value instanceof List<?> list) {
            list.forEach(item -> strings(((AnnotationValue) item).getValue(), found));
        }
    }

    private static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Whether PostgreSQL changes the type without rewriting the table: a longer varchar, varchar to text, more
     * numeric precision at the same scale.
     */
    static boolean keepsStorage(ColumnType from, ColumnType to) {
        String a = from.name();
        String b = to.name();
        if (a.equals("varchar") && b.equals("text")) {
            return true;
        }
        if (a.equals("varchar") && b.equals("varchar")) {
            return to.modifiers().isEmpty() || !from.modifiers().isEmpty()
                    && to.modifiers().get(0) >= from.modifiers().get(0);
        }
        if (a.equals("numeric") && b.equals("numeric") && from.modifiers().size() == 2
                && to.modifiers().size() == 2) {
            return from.modifiers().get(1).equals(to.modifiers().get(1))
                    && to.modifiers().get(0) >= from.modifiers().get(0);
        }
        return false;
    }

    private Element column(ColumnRef ref) {
        return origins.ofColumn(ref).map(Origin::element).orElse(null);
    }

    private Element table(QualifiedName table) {
        return origins.ofTable(table).map(Origin::element).orElse(null);
    }
}
