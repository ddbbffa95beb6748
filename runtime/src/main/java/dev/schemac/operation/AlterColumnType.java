package dev.schemac.operation;

import dev.schemac.internal.sql.Identifiers;
import dev.schemac.internal.sql.SingleExpression;
import dev.schemac.schema.ColumnType;
import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/**
 * Changes a column's type. Widening keeps every value; anything else may lose data and needs an approval, and so
 * does any {@code using} expression but the plain cast the generator writes, since it can rewrite every value.
 *
 * @param table the table
 * @param column the column
 * @param from the current type, which decides whether the change is lossless
 * @param to the new type
 * @param using a single SQL expression converting the old value, or {@code null} for PostgreSQL's implicit cast
 * @param approval the approval of a lossy change, or {@code null}
 */
public record AlterColumnType(QualifiedName table, String column, ColumnType from, ColumnType to, String using,
        Approval approval) implements Operation {
    public AlterColumnType {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (using != null) {
            SingleExpression.require("the using expression of " + table + "." + column, using);
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Risk risk() {
        if (using != null && !using.equals(plainCast())) {
            return Risk.DESTRUCTIVE;
        }
        return TypeWidening.isLossless(from, to) ? Risk.SAFE : Risk.DESTRUCTIVE;
    }

    /** {@code "column"::type}, what the generator writes where PostgreSQL has no implicit cast. */
    private String plainCast() {
        return Identifiers.quote(column) + "::" + to;
    }

    @Override
    public String describe() {
        return "change type of " + table + "." + column + " from " + from + " to " + to;
    }
}
