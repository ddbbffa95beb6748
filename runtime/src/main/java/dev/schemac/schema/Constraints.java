package dev.schemac.schema;

import java.util.List;

/** Argument checks shared by the constraint records. */
final class Constraints {
    private Constraints() {
    }

    static <T> List<T> nonEmpty(List<T> items, String what) {
        List<T> copy = List.copyOf(items);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " has no columns");
        }
        return copy;
    }
}
