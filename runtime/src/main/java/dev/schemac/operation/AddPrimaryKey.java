package dev.schemac.operation;

import dev.schemac.schema.PrimaryKey;
import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/** Adds a primary key to an existing table. */
public record AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Operation {
    public AddPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "add primary key " + primaryKey.name() + " on " + table + " " + primaryKey.columns();
    }
}
