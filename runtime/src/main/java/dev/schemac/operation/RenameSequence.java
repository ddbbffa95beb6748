package dev.schemac.operation;

import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/** Renames a sequence; its current value stays, so no id is handed out twice. */
public record RenameSequence(QualifiedName sequence, String to) implements Operation {
    public RenameSequence {
        Objects.requireNonNull(sequence, "sequence");
        Names.requireName(to);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "rename sequence " + sequence + " to " + to;
    }
}
