package dev.schemac.processor.read;

import dev.schemac.processor.read.TableDraft.ColumnDraft;
import dev.schemac.processor.read.TableDraft.IndexDraft;
import dev.schemac.schema.IndexColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import javax.lang.model.element.TypeElement;

/**
 * Reads {@code @Table(uniqueConstraints, indexes)}. Column names there go through the physical naming strategy
 * only, as in Hibernate 7, so they must name the columns as the table has them. An {@code @Index(unique = true)}
 * becomes a unique constraint, as Hibernate creates it.
 */
final class TableAnnotations {
    private final ReadContext context;

    TableAnnotations(ReadContext context) {
        this.context = context;
    }

    void read(TypeElement entity, TableDraft table) {
        AnnotationValues annotation = context.annotations.of(entity).get(JpaNames.TABLE).orElse(null);
        if (annotation != null) {
            read(entity, table, annotation);
        }
    }

    /** Reads the {@code uniqueConstraints} and {@code indexes} of a table annotation (also a join table's). */
    void read(TypeElement entity, TableDraft table, AnnotationValues annotation) {
        for (AnnotationValues unique : annotation.annotations("uniqueConstraints")) {
            List<String> columns = new ArrayList<>();
            for (String name : unique.strings("columnNames")) {
                columns.add(column(entity, table, "@UniqueConstraint", name));
            }
            if (isValid(entity, table, "@UniqueConstraint", columns)) {
                table.addUnique(explicitName(unique), columns);
            }
        }
        for (AnnotationValues index : annotation.annotations("indexes")) {
            readIndex(entity, table, index);
        }
    }

    private void readIndex(TypeElement entity, TableDraft table, AnnotationValues index) {
        if (index.isSet("options") && !index.string("options").isBlank()) {
            context.problems.unsupportedEntity(entity, "@Index(options) on " + entity.getSimpleName(),
                    "verbatim SQL options");
            return;
        }
        List<String> names = new ArrayList<>();
        List<Boolean> descending = new ArrayList<>();
        for (String part : index.string("columnList").split(",")) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            String lower = item.toLowerCase(Locale.ROOT);
            boolean desc = lower.endsWith(" desc");
            if (desc || lower.endsWith(" asc")) {
                item = item.substring(0, item.lastIndexOf(' ')).strip();
            }
            if (item.startsWith("(")) {
                context.problems.unsupportedEntity(entity, "the expression " + item + " in @Index on "
                        + entity.getSimpleName(), "indexes on expressions");
                return;
            }
            names.add(column(entity, table, "@Index", item));
            descending.add(desc);
        }
        if (!isValid(entity, table, "@Index", names)) {
            return;
        }
        if (index.bool("unique")) {
            table.addUnique(explicitName(index), names);
            return;
        }
        List<IndexColumn> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns.add(new IndexColumn(names.get(i), descending.get(i)));
        }
        table.addIndex(new IndexDraft(explicitName(index), columns));
    }

    /** The catalog name the given column name stands for, or {@code null} when the table has no such column. */
    private String column(TypeElement entity, TableDraft table, String annotation, String name) {
        Identifier logical = Identifier.parse(name);
        String column = logical == null ? null : context.naming.catalogName(logical);
        if (column != null && table.column(column) != null) {
            return column;
        }
        StringJoiner known = new StringJoiner(", ");
        for (ColumnDraft draft : table.columns()) {
            known.add(draft.column().name());
        }
        context.problems.invalid(entity, annotation + " on " + entity.getSimpleName() + " names the column '"
                + name + "', but the table " + table.name() + " has no column " + column + " (its columns: "
                + known + "). Hibernate takes these names as written, through the naming strategy only");
        return null;
    }

    private boolean isValid(TypeElement entity, TableDraft table, String annotation, List<String> columns) {
        if (columns.isEmpty()) {
            context.problems.invalid(entity, annotation + " on " + entity.getSimpleName() + " names no columns");
            return false;
        }
        return !columns.contains(null);
    }

    private static String explicitName(AnnotationValues annotation) {
        String name = annotation.string("name");
        return name.isBlank() ? null : name;
    }
}
