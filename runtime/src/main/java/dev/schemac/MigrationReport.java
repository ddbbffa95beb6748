package dev.schemac;

import java.util.List;

/**
 * What a call to {@link Schemac#migrate()} did.
 *
 * @param applied the migrations this call applied, in order
 * @param alreadyApplied how many known migrations were already applied before this call
 */
public record MigrationReport(List<AppliedMigration> applied, int alreadyApplied) {
    public MigrationReport {
        applied = List.copyOf(applied);
    }
}
