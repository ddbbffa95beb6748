package dev.schemac.operation;

import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/** Makes a column NOT NULL; fails if a row holds NULL there. */
public record SetNotNull(QualifiedName table, String column) implements Operation {
    public SetNotNull {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "set not null on " + table + "." + column;
    }
}
