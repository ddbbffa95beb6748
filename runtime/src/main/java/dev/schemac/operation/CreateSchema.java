package dev.schemac.operation;

import java.util.Objects;

/** {@code create schema if not exists}. */
public record CreateSchema(String name) implements Operation {
    public CreateSchema {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "create schema " + name;
    }
}
