package dev.schemac.operation;

import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/** Renames an index; it stays in its schema. */
public record RenameIndex(QualifiedName index, String to) implements Operation {
    public RenameIndex {
        Objects.requireNonNull(index, "index");
        Names.requireName(to);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "rename index " + index + " to " + to;
    }
}
