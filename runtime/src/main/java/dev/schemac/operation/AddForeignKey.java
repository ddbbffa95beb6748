package dev.schemac.operation;

import dev.schemac.schema.ForeignKey;
import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/** Adds a foreign key to an existing table. */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey) implements Operation {
    public AddForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "add foreign key " + foreignKey.name() + " from " + table + " to " + foreignKey.target();
    }
}
