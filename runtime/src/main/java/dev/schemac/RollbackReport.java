package dev.schemac;

import java.util.List;

/**
 * What a call to {@link Schemac#rollback(String)} did.
 *
 * @param target the version the database is at now, {@value Schemac#ROLLBACK_EVERYTHING} when no migration is
 *     left applied
 * @param rolledBack the migrations rolled back, newest first
 */
public record RollbackReport(String target, List<RolledBackMigration> rolledBack) {
    public RollbackReport {
        rolledBack = List.copyOf(rolledBack);
    }
}
