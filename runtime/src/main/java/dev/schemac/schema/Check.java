package dev.schemac.schema;

import dev.schemac.internal.sql.SingleExpression;
import java.util.Objects;

/**
 * A check constraint.
 *
 * @param name the constraint name
 * @param expression the boolean SQL expression, without the {@code CHECK} keyword or parentheses
 */
public record Check(String name, String expression) {
    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
        SingleExpression.require("the expression of check constraint " + name, expression);
    }
}
