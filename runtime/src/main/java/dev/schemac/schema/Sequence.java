package dev.schemac.schema;

import java.util.Objects;

/**
 * A sequence, as Hibernate's sequence generators use them.
 *
 * @param name the sequence name
 * @param start its first value
 * @param increment its step, which Hibernate takes as the allocation size
 */
public record Sequence(QualifiedName name, long start, long increment) {
    public Sequence {
        Objects.requireNonNull(name, "name");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " has increment 0");
        }
    }

    /** A sequence named {@code "seq"} or {@code "schema.seq"}. */
    public static Sequence sequence(String name, long start, long increment) {
        return new Sequence(QualifiedName.parse(name), start, increment);
    }
}
