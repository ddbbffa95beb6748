package dev.schemac.operation;

import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/** Drops a constraint (primary key, unique, check or foreign key); the data stays. */
public record DropConstraint(QualifiedName table, String name) implements Operation {
    public DropConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "drop constraint " + name + " on " + table;
    }
}
