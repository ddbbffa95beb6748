package dev.schemac.processor.diff;

/**
 * The order in which {@code up} runs its operations, chosen so that PostgreSQL accepts every statement: what a
 * later statement needs exists by then, and what is dropped no longer has dependants.
 */
enum Phase {
    CREATE_SCHEMA,
    /** Renames first, so that every later statement uses the new names, as the entities do. */
    RENAME,
    /** Create and alter sequences, which column defaults may use. */
    SEQUENCES,
    /** Foreign keys go first: they may depend on a key that is dropped next. */
    DROP_FOREIGN_KEY,
    /** Other constraints and indexes that change or are gone. */
    DROP_CONSTRAINT,
    /** Decided drops of columns and tables, once no constraint of theirs is in the way. */
    DROP_DATA,
    /** New tables with their columns, primary key, uniques and checks, but no foreign keys or indexes yet. */
    CREATE_TABLE,
    ADD_COLUMN,
    ALTER_TYPE,
    /** Identity, defaults, NULL and NOT NULL, with the backfills that NOT NULL needs. */
    NULLABILITY,
    ADD_CONSTRAINT,
    CREATE_INDEX,
    /** Last, so that a key may reference a table created in the same migration, and cycles work. */
    ADD_FOREIGN_KEY
}
