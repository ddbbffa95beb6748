package dev.schemac.operation;

import dev.schemac.schema.Check;
import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/** Adds a check constraint to an existing table. */
public record AddCheck(QualifiedName table, Check check) implements Operation {
    public AddCheck {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "add check constraint " + check.name() + " on " + table;
    }
}
