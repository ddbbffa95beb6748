package dev.schemac.operation;

import dev.schemac.schema.Column;
import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/** Adds a column to an existing table. */
public record AddColumn(QualifiedName table, Column column) implements Operation {
    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "add column " + table + "." + column.name();
    }
}
