package dev.schemac;

/** Where one migration stands between the code and the database, as {@link Schemac#status()} reports it. */
public enum MigrationState {
    /** Applied with the checksum its source has now. */
    APPLIED(false),
    /** In the code, not yet applied, newer than every applied migration. */
    PENDING(false),
    /**
     * In the code, not yet applied, but older than an applied migration: it arrived late from another branch.
     * {@code migrate} refuses it unless {@link Schemac#allowOutOfOrder(boolean)} allows it.
     */
    OUT_OF_ORDER(true),
    /** Applied, but its source changed since ({@link ErrorCode#CHECKSUM_MISMATCH}). */
    CHECKSUM_MISMATCH(true),
    /**
     * Its transaction is applied, but an online step after it (a concurrent index build, a validation) failed or was
     * interrupted ({@code success = false} in the history). The next {@code migrate} resumes the online steps; fix
     * what made the step fail first (e.g. duplicate rows for a unique index), and see {@link Schemac#repair()}.
     */
    UNFINISHED(true),
    /**
     * Applied in the database but not in the code: removed or renamed, or applied by a newer release. Older than
     * the code's newest migration, {@code migrate} refuses it ({@link ErrorCode#APPLIED_MIGRATION_NOT_IN_CODE});
     * newer, it is ignored with a warning.
     */
    UNKNOWN_TO_CODE(true);

    private final boolean needsAttention;

    MigrationState(boolean needsAttention) {
        this.needsAttention = needsAttention;
    }

    /** Whether a person should look at it before the next {@code migrate}. */
    public boolean needsAttention() {
        return needsAttention;
    }
}
