package dev.schemac.operation;

import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.Unique;
import java.util.Objects;

/** Adds a unique constraint to an existing table. */
public record AddUnique(QualifiedName table, Unique unique) implements Operation {
    public AddUnique {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(unique, "unique");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "add unique constraint " + unique.name() + " on " + table + " " + unique.columns();
    }
}
