package dev.schemac.processor.evolution;

import java.util.List;

/**
 * One change a developer makes to the entities, and what it must do to the rows already in the database.
 *
 * @param description for the failure message, e.g. {@code widen e3.c7 to Text[length=90]}
 * @param next the model after the change
 * @param destructive whether the change can only be made by losing values, so that the runtime must refuse the
 *     migration until a person approves it
 * @param effects what the migration does to existing values
 */
record Evolution(String description, Model next, boolean destructive, List<Effect> effects) {
    Evolution {
        effects = List.copyOf(effects);
    }

    static Evolution safe(String description, Model next, Effect... effects) {
        return new Evolution(description, next, false, List.of(effects));
    }

    static Evolution destructive(String description, Model next) {
        return new Evolution(description, next, true, List.of());
    }

    /** A change to existing values that the migration makes on purpose. */
    sealed interface Effect {
    }

    /** Existing rows with NULL in the column get this SQL value (a backfill, or a default of a new column). */
    record Fill(String table, String column, String literal) implements Effect {
    }
}
