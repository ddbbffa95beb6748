package dev.schemac.operation;

import java.util.Objects;

/** Checks the new name of a rename, which stays in the schema of the object renamed. */
final class Names {
    private Names() {
    }

    static void requireName(String to) {
        Objects.requireNonNull(to, "to");
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a rename needs a new name");
        }
    }
}
