package dev.schemac.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key constraint.
 *
 * @param name the constraint name
 * @param columns the referencing columns of the owning table
 * @param target the referenced table
 * @param targetColumns the referenced columns, in the same order
 * @param onDelete the action on delete of the referenced row
 */
public record ForeignKey(String name, List<String> columns, QualifiedName target, List<String> targetColumns,
        ReferentialAction onDelete) {
    public ForeignKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(onDelete, "onDelete");
        columns = Constraints.nonEmpty(columns, "foreign key " + name);
        targetColumns = Constraints.nonEmpty(targetColumns, "foreign key " + name + " target");
        if (columns.size() != targetColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                    + " columns but references " + targetColumns.size());
        }
    }

    /** Starts a foreign key: continue with {@link Builder#references}. */
    public static Builder foreignKey(String name, String... columns) {
        return new Builder(name, List.of(columns));
    }

    /** The same key with another delete action. */
    public ForeignKey onDelete(ReferentialAction action) {
        return new ForeignKey(name, columns, target, targetColumns, action);
    }

    /** The first half of a foreign key: its name and columns. */
    public record Builder(String name, List<String> columns) {
        /** Completes the key; {@code table} is {@code "table"} or {@code "schema.table"}. */
        public ForeignKey references(String table, String... targetColumns) {
            return new ForeignKey(name, columns, QualifiedName.parse(table), List.of(targetColumns),
                    ReferentialAction.NO_ACTION);
        }
    }
}
