package dev.schemac.internal.migrate;

import dev.schemac.AppliedMigration;
import dev.schemac.ErrorCode;
import dev.schemac.MigrationListener;
import dev.schemac.MigrationReport;
import dev.schemac.RepairReport;
import dev.schemac.SchemacException;
import dev.schemac.internal.index.IndexEntry;
import dev.schemac.internal.index.MigrationIndex;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Applies pending migrations. The common start, with everything applied, reads the history in one query and
 * returns without locking or loading a migration class; only when there is work does it take the advisory lock,
 * look again, and apply the pending migrations one transaction each.
 */
public final class Migrator {
    /**
     * Created on first use: a start with nothing to do logs nothing, so it does not pay for initializing the
     * platform logger (and JUL's formatter behind it) when the application has not done that yet.
     */
    static final class Log {
        static final Logger LOG = System.getLogger("dev.schemac");
    }

    private final DataSource dataSource;
    private final HistoryTable history;
    private final String indexResource;
    private final ClassLoader loader;
    private final MigrationSettings settings;
    /** {@code null} when the application set none: the common case costs no call at all. */
    private final MigrationListener listener;

    public Migrator(DataSource dataSource, String historyTable, String indexResource, ClassLoader loader,
            MigrationSettings settings) {
        this(dataSource, historyTable, indexResource, loader, settings, null);
    }

    public Migrator(DataSource dataSource, String historyTable, String indexResource, ClassLoader loader,
            MigrationSettings settings, MigrationListener listener) {
        this.listener = listener;
        this.dataSource = dataSource;
        this.history = new HistoryTable(historyTable);
        this.indexResource = indexResource;
        this.loader = loader;
        this.settings = settings;
    }

    public MigrationReport migrate() {
        if (listener == null) {
            return migrateQuietly();
        }
        listener.beforeMigrate();
        MigrationReport report;
        try {
            report = migrateQuietly();
        } catch (SchemacException e) {
            listener.onFailure(e);
            throw e;
        }
        listener.afterMigrate(report);
        return report;
    }

    private MigrationReport migrateQuietly() {
        long start = System.nanoTime();
        MigrationIndex index = IndexLoader.load(loader, indexResource);
        try (Connection connection = connect(dataSource)) {
            boolean autoCommit = connection.getAutoCommit();
            try {
                // Each statement on its own, except the migrations' own transactions: inside a transaction the
                // fast path's probe of a missing history table would abort it.
                connection.setAutoCommit(true);
                MigrationReport report = checkThenMigrate(connection, index);
                if (!report.applied().isEmpty()) {
                    log(report, start);
                }
                return report;
            } finally {
                restoreAutoCommit(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw databaseError("while reading or writing the history table " + history.name(), e);
        }
    }

    /** Drops the invalid indexes that unfinished migrations' interrupted concurrent builds left; see Schemac. */
    public RepairReport repair() {
        MigrationIndex index = IndexLoader.load(loader, indexResource);
        try (Connection connection = connect(dataSource)) {
            boolean autoCommit = connection.getAutoCommit();
            try {
                connection.setAutoCommit(true);
                if (history.readIfReady(connection).isEmpty()) {
                    return new RepairReport(List.of(), List.of());
                }
                return repairLocked(connection, index);
            } finally {
                restoreAutoCommit(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw databaseError("while repairing through the history table " + history.name(), e);
        }
    }

    private RepairReport repairLocked(Connection connection, MigrationIndex index) throws SQLException {
        AdvisoryLock lock = new AdvisoryLock(history.lockName(connection));
        lock.acquire(connection);
        SchemacException failure = null;
        try {
            // Pending migrations out of order are migrate's business, not a reason to refuse a repair.
            MigrationPlan plan = MigrationPlan.of(index, history.read(connection), true, history.name().toString());
            List<PendingMigration> unfinished = prepare(plan.unfinished(), loader, new ExecutionPlanner(true), false);
            List<String> dropped = new ArrayList<>();
            for (PendingMigration migration : unfinished) {
                for (OnlineStep step : migration.plan().online()) {
                    OnlineStep.ConcurrentIndex build = step instanceof OnlineStep.UniqueThroughIndex unique
                            ? unique.build() : step instanceof OnlineStep.ConcurrentIndex plain ? plain : null;
                    if (build != null && MigrationRunner.dropIfInvalid(connection, build)) {
                        Log.LOG.log(Level.INFO, () -> "Dropped the invalid index " + build.index() + " left by "
                                + MigrationLabel.of(migration.entry()));
                        dropped.add(build.index().toString());
                    }
                }
            }
            return new RepairReport(plan.unfinished().stream().map(IndexEntry::version).toList(), dropped);
        } catch (SchemacException e) {
            failure = e;
            throw e;
        } finally {
            release(lock, connection, failure);
        }
    }

    /** The fast path: one query, and done when nothing is pending; else the same again under the lock. */
    private MigrationReport checkThenMigrate(Connection connection, MigrationIndex index) throws SQLException {
        Optional<List<HistoryRow>> rows = history.readIfReady(connection);
        if (rows.isPresent()) {
            MigrationPlan plan = plan(index, rows.get());
            if (plan.isComplete()) {
                warnAboutNewer(plan);
                return new MigrationReport(List.of(), plan.alreadyApplied());
            }
        } else if (index.entries().isEmpty()) {
            return new MigrationReport(List.of(), 0);
        }
        return migrateLocked(connection, index);
    }

    /** Under the lock: another process may have applied some or all of the migrations meanwhile. */
    private MigrationReport migrateLocked(Connection connection, MigrationIndex index) throws SQLException {
        AdvisoryLock lock = new AdvisoryLock(history.lockName(connection));
        lock.acquire(connection);
        SchemacException failure = null;
        try {
            history.createOrCheck(connection);
            MigrationPlan plan = plan(index, history.read(connection));
            warnAboutNewer(plan);
            // An unfinished migration is planned online whatever the setting says now: its transaction ran so.
            List<PendingMigration> unfinished = prepare(plan.unfinished(), loader, new ExecutionPlanner(true), false);
            List<PendingMigration> pending = prepare(plan.pending(), loader,
                    new ExecutionPlanner(settings.online()), settings.forbidDestructive());
            MigrationRunner runner = new MigrationRunner(history,
                    new LockTimeoutRetry(settings.lockTimeout(), settings.lockAttempts()));
            List<AppliedMigration> applied = new ArrayList<>();
            for (PendingMigration migration : unfinished) {
                Log.LOG.log(Level.INFO, () -> "Resuming the online steps of unfinished "
                        + MigrationLabel.of(migration.entry()));
                AppliedMigration done = runner.resume(connection, migration);
                logApplied(done, "Finished");
                applied.add(done);
            }
            for (PendingMigration migration : pending) {
                if (listener != null) {
                    listener.beforeEach(migration.entry().version(), migration.entry().description());
                }
                AppliedMigration done = runner.apply(connection, migration);
                logApplied(done, "Applied");
                applied.add(done);
                if (listener != null) {
                    listener.afterEach(done);
                }
            }
            return new MigrationReport(applied, plan.alreadyApplied());
        } catch (SchemacException e) {
            failure = e;
            throw e;
        } finally {
            release(lock, connection, failure);
        }
    }

    /** Loads and checks every migration first, so that a refusal comes before any of them runs. */
    static List<PendingMigration> prepare(List<IndexEntry> entries, ClassLoader loader, ExecutionPlanner planner,
            boolean forbidDestructive) {
        List<PendingMigration> prepared = new ArrayList<>(entries.size());
        for (IndexEntry entry : entries) {
            prepared.add(PendingMigration.prepare(entry, loader, planner, forbidDestructive));
        }
        return prepared;
    }

    private static void logApplied(AppliedMigration done, String verb) {
        Log.LOG.log(Level.INFO, () -> verb + " migration " + done.version() + " " + done.description() + " ("
                + counted(done.statements(), "statement") + ") in " + done.duration().toMillis() + " ms");
    }

    private MigrationPlan plan(MigrationIndex index, List<HistoryRow> rows) {
        return MigrationPlan.of(index, rows, settings.outOfOrder(), history.name().toString());
    }

    static Connection connect(DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw databaseError("while connecting", e);
        }
    }

    static void release(AdvisoryLock lock, Connection connection, SchemacException failure) {
        try {
            lock.release(connection);
        } catch (SQLException e) {
            // PostgreSQL drops a session's locks with the session, which is what broke here.
            if (failure != null) {
                failure.addSuppressed(e);
            } else {
                Log.LOG.log(Level.WARNING, "Could not release the schemac advisory lock " + lock.key()
                        + "; PostgreSQL releases it when the connection closes: " + e.getMessage());
            }
        }
    }

    private void warnAboutNewer(MigrationPlan plan) {
        if (!plan.ignoredNewer().isEmpty()) {
            Log.LOG.log(Level.WARNING, () -> "The database has migrations newer than this application's: "
                    + plan.ignoredNewer() + " in " + history.name() + ". A newer release of the application "
                    + "applied them; leaving them alone.");
        }
    }

    private static void log(MigrationReport report, long startNanos) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        int before = report.alreadyApplied();
        Log.LOG.log(Level.INFO, () -> "Applied " + counted(report.applied().size(), "migration") + " in " + millis
                + " ms; " + before + (before == 1 ? " was" : " were") + " applied before");
    }

    /** E.g. {@code 1 statement}, {@code 3 statements}. */
    private static String counted(int count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }

    static void restoreAutoCommit(Connection connection, boolean autoCommit) {
        if (autoCommit) {
            return;
        }
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            // Only a broken connection refuses this; a pool discards it, and its failure is reported already.
        }
    }

    static SchemacException databaseError(String when, SQLException e) {
        return new SchemacException(ErrorCode.DATABASE_ERROR, "database error " + when + ": " + e.getMessage()
                + " (SQLState " + e.getSQLState() + ")", e);
    }
}
