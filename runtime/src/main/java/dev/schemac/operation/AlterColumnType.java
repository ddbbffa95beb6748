package dev.schemac.operation;

import dev.schemac.schema.ColumnType;
import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/**
 * Changes a column's type. Widening keeps every value; anything else may lose data and needs an approval.
 *
 * @param table the table
 * @param column the column
 * @param from the current type, which decides whether the change is lossless
 * @param to the new type
 * @param using a SQL expression converting the old value, or {@code null} for PostgreSQL's implicit cast
 * @param approval the approval of a lossy change, or {@code null}
 */
public record AlterColumnType(QualifiedName table, String column, ColumnType from, ColumnType to, String using,
        Approval approval) implements Operation {
    public AlterColumnType {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Risk risk() {
        return TypeWidening.isLossless(from, to) ? Risk.SAFE : Risk.DESTRUCTIVE;
    }

    @Override
    public String describe() {
        return "change type of " + table + "." + column + " from " + from + " to " + to;
    }
}
