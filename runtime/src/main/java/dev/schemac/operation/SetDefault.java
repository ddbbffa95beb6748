package dev.schemac.operation;

import dev.schemac.internal.sql.SingleExpression;
import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/** Sets a column's default to a single SQL expression. */
public record SetDefault(QualifiedName table, String column, String expression) implements Operation {
    public SetDefault {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(expression, "expression");
        SingleExpression.require("the default of " + table + "." + column, expression);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "set default of " + table + "." + column + " to " + expression;
    }
}
