package dev.schemac.operation;

import dev.schemac.schema.Sequence;
import java.util.Objects;

/** Creates a sequence. */
public record CreateSequence(Sequence sequence) implements Operation {
    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "create sequence " + sequence.name();
    }
}
