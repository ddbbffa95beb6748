package dev.schemac.operation;

/** What an operation can do to the data already in the database. */
public enum Risk {
    /** Keeps every value. */
    SAFE,
    /** Can lose data (drops, narrowing type changes); runs only with a recorded {@link Approval}. */
    DESTRUCTIVE
}
