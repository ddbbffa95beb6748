package dev.schemac;

/** Why schemac refused or failed; each code is explained in docs/runtime.md. */
public enum ErrorCode {
    /** The migration index resource is missing from the classpath. */
    INDEX_NOT_FOUND,
    /** The migration index resource cannot be read. */
    INDEX_INVALID,
    /** A migration class listed in the index cannot be loaded or instantiated. */
    MIGRATION_CLASS_INVALID,
    /** A migration that was applied has changed since. */
    CHECKSUM_MISMATCH,
    /** The database has an applied migration older than the newest known one that the code does not have. */
    APPLIED_MIGRATION_NOT_IN_CODE,
    /** A migration older than the newest applied one is pending and out-of-order runs are not allowed. */
    OUT_OF_ORDER,
    /** A migration would destroy data without an approval recorded in its source. */
    DATA_LOSS_NOT_APPROVED,
    /** A migration would destroy data where destructive migrations are forbidden, approved or not. */
    DESTRUCTIVE_FORBIDDEN,
    /**
     * A statement of a migration failed: the migration was rolled back, or, for a step after its transaction, is
     * recorded unfinished and resumed by the next run.
     */
    MIGRATION_FAILED,
    /** The history table exists but does not have the expected shape. */
    HISTORY_TABLE_INVALID,
    /** Baseline found the database's schema different from the one the migrations produce. */
    SCHEMA_MISMATCH,
    /** Baseline was asked for a database whose history table has rows already. */
    HISTORY_NOT_EMPTY,
    /** A script of pending migrations was asked for while the history needs attention (see status). */
    HISTORY_NEEDS_ATTENTION,
    /** Rollback was asked for a target that is neither {@code 0} nor a version the code has and the database applied. */
    ROLLBACK_TARGET_INVALID,
    /** Rollback would have to undo a migration that has no {@code down()}. */
    DOWN_MISSING,
    /** Rollback would have to undo a migration whose online steps have not finished. */
    MIGRATION_UNFINISHED,
    /** The database could not be reached or the connection broke outside a migration. */
    DATABASE_ERROR
}
