package dev.schemac.processor.evolution;

import java.util.List;

/**
 * One change a developer makes to the entities, and what it must do to the rows already in the database.
 *
 * @param description for the failure message, e.g. {@code widen e3.c7 to Text[length=90]}
 * @param next the model after the change
 * @param kind whether the migration keeps every value, or loses some with or without a person's decision
 * @param effects what the migration does to existing values
 */
record Evolution(String description, Model next, Kind kind, List<Effect> effects) {
    Evolution {
        effects = List.copyOf(effects);
    }

    enum Kind {
        /** Keeps every value: the migration must run. */
        SAFE,
        /** Loses values and nobody decided so: the runtime must refuse the migration before any of it runs. */
        UNDECIDED_LOSS,
        /** Loses values a person decided to give up, in the source: the migration must run. */
        DECIDED_LOSS
    }

    static Evolution safe(String description, Model next, Effect... effects) {
        return new Evolution(description, next, Kind.SAFE, List.of(effects));
    }

    static Evolution undecided(String description, Model next) {
        return new Evolution(description, next, Kind.UNDECIDED_LOSS, List.of());
    }

    static Evolution decided(String description, Model next, Effect effect) {
        return new Evolution(description, next, Kind.DECIDED_LOSS, List.of(effect));
    }

    /** A change to existing values that the migration makes on purpose. */
    sealed interface Effect {
    }

    /** Existing rows with NULL in the column get this SQL value (a backfill, or a default of a new column). */
    record Fill(String table, String column, String literal) implements Effect {
    }

    /** The column's values are now under another name. */
    record RenameColumn(String table, String from, String to) implements Effect {
    }

    /** The table's rows are now under another name. */
    record RenameTable(String from, String to) implements Effect {
    }

    /** A column (or, with {@code column} null, a table) was dropped by a person's decision. */
    record Drop(String table, String column) implements Effect {
    }
}
