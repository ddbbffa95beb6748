package dev.schemac.internal.migrate;

import dev.schemac.ErrorCode;
import dev.schemac.RollbackReport;
import dev.schemac.RolledBackMigration;
import dev.schemac.SchemacException;
import dev.schemac.internal.index.IndexEntry;
import dev.schemac.internal.index.MigrationIndex;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Rolls the database back to a target version: under migrate's advisory lock, checks the history like migrate
 * does, then describes and checks the {@code down} of every applied migration newer than the target before any of
 * them runs, and runs them newest first, each in one transaction with the deletion of its history row.
 */
public final class Rollback {
    /** The target that rolls back every migration. */
    public static final String EVERYTHING = "0";
    private static final String INDENT = "    ";

    private final DataSource dataSource;
    private final HistoryTable history;
    private final String indexResource;
    private final ClassLoader loader;
    private final MigrationSettings settings;

    public Rollback(DataSource dataSource, String historyTable, String indexResource, ClassLoader loader,
            MigrationSettings settings) {
        this.dataSource = dataSource;
        this.history = new HistoryTable(historyTable);
        this.indexResource = indexResource;
        this.loader = loader;
        this.settings = settings;
    }

    public RollbackReport to(String target) {
        requireDigits(target);
        MigrationIndex index = IndexLoader.load(loader, indexResource);
        try (Connection connection = Migrator.connect(dataSource)) {
            boolean autoCommit = connection.getAutoCommit();
            try {
                connection.setAutoCommit(true);
                return locked(connection, index, target);
            } finally {
                Migrator.restoreAutoCommit(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw Migrator.databaseError("while rolling back through the history table " + history.name(), e);
        }
    }

    private RollbackReport locked(Connection connection, MigrationIndex index, String target) throws SQLException {
        AdvisoryLock lock = new AdvisoryLock(history.lockName(connection));
        lock.acquire(connection);
        SchemacException failure = null;
        try {
            List<HistoryRow> rows = history.readIfReady(connection).orElse(List.of());
            List<IndexEntry> toUndo = newerThan(target, index, rows);
            List<ReversibleMigration> prepared = new ArrayList<>(toUndo.size());
            for (IndexEntry entry : toUndo) {
                prepared.add(ReversibleMigration.prepare(entry, loader, settings.forbidDestructive()));
            }
            LockTimeoutRetry retry = new LockTimeoutRetry(settings.lockTimeout(), settings.lockAttempts());
            List<RolledBackMigration> done = new ArrayList<>();
            for (ReversibleMigration migration : prepared) {
                RolledBackMigration rolledBack = runDown(connection, retry, migration, done);
                Migrator.Log.LOG.log(Level.INFO, () -> "Rolled back migration " + rolledBack.version() + " "
                        + rolledBack.description() + " (" + rolledBack.statements() + " statement(s)) in "
                        + rolledBack.duration().toMillis() + " ms");
                done.add(rolledBack);
            }
            return new RollbackReport(target, done);
        } catch (SchemacException e) {
            failure = e;
            throw e;
        } finally {
            Migrator.release(lock, connection, failure);
        }
    }

    /**
     * The applied migrations newer than the target, newest first, after checking the history as migrate does and
     * refusing what a rollback cannot undo.
     */
    private List<IndexEntry> newerThan(String target, MigrationIndex index, List<HistoryRow> rows) {
        // Checksums, and applied migrations older than the code's newest that the code lacks, as migrate checks
        // them; a pending migration out of order is not the rollback's business.
        MigrationPlan.of(index, rows, true, history.name().toString());
        Map<String, IndexEntry> known = new HashMap<>();
        for (IndexEntry entry : index.entries()) {
            known.put(entry.version(), entry);
        }
        boolean everything = isEverything(target);
        if (!everything && (!known.containsKey(target) || rows.stream().noneMatch(r -> r.version().equals(target)))) {
            throw new SchemacException(ErrorCode.ROLLBACK_TARGET_INVALID, "cannot roll back to " + target + ": "
                    + (known.containsKey(target) ? "that migration is not applied in " + history.name()
                    : "the code has no migration with that version") + ". Nothing was rolled back. The target is "
                    + "the version to keep, one of the applied migrations (see status), or " + EVERYTHING
                    + " to roll back every migration.");
        }
        List<String> unknown = new ArrayList<>();
        List<String> unfinished = new ArrayList<>();
        List<IndexEntry> toUndo = new ArrayList<>();
        for (HistoryRow row : rows) {
            if (!everything && IndexEntry.VERSION_ORDER.compare(row.version(), target) <= 0) {
                continue;
            }
            IndexEntry entry = known.get(row.version());
            if (entry == null) {
                unknown.add(row.version());
            } else if (!row.success()) {
                unfinished.add(MigrationLabel.of(entry));
            } else {
                toUndo.add(entry);
            }
        }
        if (!unknown.isEmpty()) {
            unknown.sort(IndexEntry.VERSION_ORDER);
            throw new SchemacException(ErrorCode.APPLIED_MIGRATION_NOT_IN_CODE, "cannot roll back to " + target
                    + ": " + history.name() + " records applied migrations " + unknown + ", newer than the target, "
                    + "that this application does not have, so it cannot run their down(). Nothing was rolled "
                    + "back. Roll back with the release of the application that has them.");
        }
        if (!unfinished.isEmpty()) {
            throw new SchemacException(ErrorCode.MIGRATION_UNFINISHED, "cannot roll back to " + target + ": "
                    + String.join(", ", unfinished) + (unfinished.size() == 1 ? " is" : " are") + " unfinished "
                    + "(its online steps failed or were interrupted; success = false in " + history.name() + "). "
                    + "Nothing was rolled back. Finish it first (fix the data it tripped over, then migrate), so "
                    + "that its down() undoes a complete migration; then roll back.");
        }
        toUndo.sort((a, b) -> IndexEntry.VERSION_ORDER.compare(b.version(), a.version()));
        return toUndo;
    }

    private RolledBackMigration runDown(Connection connection, LockTimeoutRetry retry, ReversibleMigration migration,
            List<RolledBackMigration> before) {
        long start = System.nanoTime();
        List<String> statements = migration.plan().transactional();
        String[] at = {"its start", ""};
        try {
            retry.run(connection, migration.plan().needsLockTimeout(), "rollback of "
                    + MigrationLabel.of(migration.entry()), (c, statement) -> {
                        for (int i = 0; i < statements.size(); i++) {
                            at[0] = "down statement " + (i + 1) + " of " + statements.size();
                            at[1] = statements.get(i);
                            statement.execute(statements.get(i));
                        }
                        at[0] = "deleting its row from the history table";
                        at[1] = history.deleteStatement();
                        if (!history.delete(c, migration.entry())) {
                            throw new SQLException("its row in " + history.name() + " is gone");
                        }
                        at[0] = "the commit";
                        at[1] = "commit";
                    });
        } catch (SQLException e) {
            String done = before.isEmpty() ? "" : " The migrations rolled back before it in this run ("
                    + String.join(", ", before.stream().map(RolledBackMigration::version).toList())
                    + ") stay rolled back.";
            throw new SchemacException(ErrorCode.MIGRATION_FAILED, "the rollback of "
                    + MigrationLabel.of(migration.entry()) + " failed at " + at[0] + ":\n" + INDENT
                    + at[1].replace("\n", "\n" + INDENT) + "\nPostgreSQL: " + e.getMessage() + " (SQLState "
                    + e.getSQLState() + ").\nIts down() was rolled back: the migration stays applied and recorded."
                    + done + " Fix the down() or the data it trips over, and roll back again.", e);
        }
        return new RolledBackMigration(migration.entry().version(), migration.entry().description(),
                statements.size(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** {@code 0}, or any run of zeros: before every version. */
    static boolean isEverything(String target) {
        return target.chars().allMatch(c -> c == '0');
    }

    private static void requireDigits(String target) {
        if (target == null || target.isEmpty() || !target.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new SchemacException(ErrorCode.ROLLBACK_TARGET_INVALID, "the rollback target is a version, "
                    + "digits such as 20261121093000, or " + EVERYTHING + " to roll back every migration, not '"
                    + target + "'. Nothing was rolled back.");
        }
    }
}
