package dev.schemac.operation;

import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/** Drops a sequence and its current value, so ids could be handed out again: destructive. */
public record DropSequence(QualifiedName sequence, Approval approval) implements Operation {
    public DropSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Risk risk() {
        return Risk.DESTRUCTIVE;
    }

    @Override
    public String describe() {
        return "drop sequence " + sequence;
    }
}
