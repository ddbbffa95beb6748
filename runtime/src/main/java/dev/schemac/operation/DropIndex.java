package dev.schemac.operation;

import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/** Drops an index; the data stays. */
public record DropIndex(QualifiedName index) implements Operation {
    public DropIndex {
        Objects.requireNonNull(index, "index");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "drop index " + index;
    }
}
