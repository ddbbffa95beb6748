package dev.schemac.operation;

import java.util.Locale;

/**
 * What running an operation can cost on a live database, for a reviewer: the one concern to act on first. Unlike
 * {@link Risk}, which only says whether data can be lost, it depends on the context: whether the table existed
 * before the migration, and whether the runtime's online mode is on.
 */
public enum Hazard {
    /** Keeps every value and holds no lock that blocks writes for longer than a catalog change. */
    SAFE,
    /** Holds a lock that blocks writes (or reads) for a time that grows with the table, e.g. an index build. */
    BLOCKING_LOCK,
    /** Can fail on the rows already there, e.g. a NOT NULL, unique or foreign key over existing values. */
    DATA_DEPENDENT,
    /** Can lose data; runs only with a recorded {@link Approval}, see {@link Risk#DESTRUCTIVE}. */
    DESTRUCTIVE;

    /** The tag written in SQL comments and documentation, e.g. {@code blocking-lock}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
