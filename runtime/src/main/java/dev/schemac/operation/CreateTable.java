package dev.schemac.operation;

import dev.schemac.schema.Table;
import java.util.Objects;

/** Creates a table with its columns and constraints, and then its indexes. */
public record CreateTable(Table table) implements Operation {
    public CreateTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "create table " + table.name();
    }
}
