package dev.schemac.operation;

import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/** Lets a column hold NULL. */
public record DropNotNull(QualifiedName table, String column) implements Operation {
    public DropNotNull {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "drop not null on " + table + "." + column;
    }
}
