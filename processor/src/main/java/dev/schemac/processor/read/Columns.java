package dev.schemac.processor.read;

import dev.schemac.processor.read.TableDraft.ColumnDraft;
import dev.schemac.schema.Column;

/**
 * Names and places the columns of a table: refuses names PostgreSQL reserves (Hibernate writes them unquoted) and
 * a column mapped by two attributes, unless one of them is read-only as Hibernate requires. Of two such mappings,
 * the one Hibernate binds first defines the column (its nullability and uniqueness), whichever is read-only:
 * Hibernate's table keeps the first column object it is given, and the other mapping's is ignored.
 */
final class Columns {
    private final ReadContext context;

    Columns(ReadContext context) {
        this.context = context;
    }

    /** The catalog name for a logical column name, or {@code null} after reporting a reserved word. */
    String name(Identifier logical, Attribute attribute, String path) {
        Identifier physical = context.naming.toPhysical(logical);
        if (physical.isUnquotedReservedWord()) {
            context.problems.invalid(attribute.field(), "the column name '" + physical.catalogName() + "' of "
                    + path + " is a reserved word in PostgreSQL, and Hibernate writes it unquoted, so its DDL and"
                    + " queries fail. Name the column with @Column(name = \"...\") (@JoinColumn for an"
                    + " association), or quote it as \"\\\"" + physical.text() + "\\\"\"");
            return null;
        }
        return physical.catalogName();
    }

    /**
     * Adds the column of a basic attribute or, with {@code joinColumn}, of an association; returns {@code null}
     * after reporting that another attribute maps it already.
     */
    ColumnDraft add(Scope scope, Attribute attribute, Column column, boolean readOnly, boolean joinColumn) {
        TableDraft table = scope.table();
        String path = scope.pathOf(attribute);
        ColumnDraft earlier = table.column(column.name());
        ColumnDraft draft = new ColumnDraft(column, attribute.field(), path, readOnly, joinColumn,
                scope.bindingOrderOf(attribute));
        if (earlier == null) {
            table.putColumn(draft);
            return draft;
        }
        if (!earlier.readOnly() && !readOnly) {
            context.problems.invalid(attribute.field(), path + " and " + earlier.path() + " both map the column "
                    + column.name() + " of the table " + table.name() + "; Hibernate refuses this unless one of"
                    + " them is read-only (insertable = false, updatable = false)");
            return null;
        }
        if (!earlier.column().type().equals(column.type())) {
            context.problems.invalid(attribute.field(), path + " maps the column " + column.name() + " as "
                    + column.type() + ", but " + earlier.path() + " maps it as " + earlier.column().type());
            return null;
        }
        if (boundBefore(draft, earlier)) {
            table.putColumn(draft);
        }
        return draft;
    }

    /** Whether Hibernate binds {@code a} before {@code b}, see {@link ColumnDraft#BINDING_ORDER}. */
    private static boolean boundBefore(ColumnDraft a, ColumnDraft b) {
        return ColumnDraft.BINDING_ORDER.compare(a, b) < 0;
    }
}
