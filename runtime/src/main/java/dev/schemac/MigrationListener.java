package dev.schemac;

/**
 * Called around {@code migrate} for applications that must act before or after it (warm a cache, notify, audit).
 * Every method has an empty default. A listener that throws stops the run: before a migration nothing of it has
 * run; after one it is applied and recorded already.
 */
public interface MigrationListener {
    /** Before anything is read or locked, at every {@code migrate} call. */
    default void beforeMigrate() {
    }

    /**
     * Before one pending migration starts, under the lock.
     *
     * @param version its version
     * @param description its description
     */
    default void beforeEach(String version, String description) {
    }

    /**
     * After one migration committed.
     *
     * @param migration what was applied
     */
    default void afterEach(AppliedMigration migration) {
    }

    /**
     * After a successful run, also when there was nothing to do.
     *
     * @param report what the run applied
     */
    default void afterMigrate(MigrationReport report) {
    }

    /**
     * When the run failed or was refused; the exception is thrown to the caller afterwards.
     *
     * @param failure why
     */
    default void onFailure(SchemacException failure) {
    }
}
