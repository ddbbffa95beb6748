package dev.schemac.operation;

import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/** Changes a sequence's increment (Hibernate's allocation size); its current value stays. */
public record AlterSequence(QualifiedName sequence, long increment) implements Operation {
    public AlterSequence {
        Objects.requireNonNull(sequence, "sequence");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + sequence + " cannot have increment 0");
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "set increment of sequence " + sequence + " to " + increment;
    }
}
