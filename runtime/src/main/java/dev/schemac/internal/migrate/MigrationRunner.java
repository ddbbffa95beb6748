package dev.schemac.internal.migrate;

import dev.schemac.AppliedMigration;
import dev.schemac.ErrorCode;
import dev.schemac.SchemacException;
import dev.schemac.internal.migrate.OnlineStep.ConcurrentIndex;
import dev.schemac.internal.migrate.OnlineStep.NotNullThroughCheck;
import dev.schemac.internal.migrate.OnlineStep.UniqueThroughIndex;
import dev.schemac.internal.migrate.OnlineStep.ValidateConstraint;
import dev.schemac.internal.sql.Identifiers;
import dev.schemac.schema.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * Applies one migration. Its transaction runs the transactional statements and records the migration in the
 * history; PostgreSQL's DDL is transactional, so a failure, or a lost connection, leaves nothing of it behind and
 * nothing recorded. Only a statement ending that transaction could break this, and none can run: {@code ExecuteSql}
 * refuses commit, rollback and the like before anything runs, and PostgreSQL refuses a commit from a DO block or
 * procedure inside a transaction ("invalid transaction termination").
 *
 * <p>A migration with online steps (see {@link ExecutionPlanner}) is recorded as unfinished ({@code success =
 * false}) by that transaction; the steps then run one by one in autocommit, with no transaction open, so that a
 * concurrent index build does not wait for this session, and the row is marked finished after the last one. A
 * failed step leaves the row unfinished, and the next run resumes the steps, each of which can be repeated.
 */
final class MigrationRunner {
    private static final String COMMIT = "the commit";
    private static final String INDENT = "    ";

    private final HistoryTable history;
    private final LockTimeoutRetry retry;

    MigrationRunner(HistoryTable history, LockTimeoutRetry retry) {
        this.history = history;
        this.retry = retry;
    }

    /** Where a transaction was when it failed, for the message. */
    private static final class Progress {
        String step = "its start";
        String statement = "";

        void at(String nextStep, String nextStatement) {
            step = nextStep;
            statement = nextStatement;
        }
    }

    /**
     * Runs the migration's transaction, then its online steps, and records it.
     *
     * @throws SchemacException {@link ErrorCode#MIGRATION_FAILED} naming the statement PostgreSQL refused
     * @throws SQLException when the transaction cannot even be started
     */
    AppliedMigration apply(Connection connection, PendingMigration migration) throws SQLException {
        long start = System.nanoTime();
        ExecutionPlan plan = migration.plan();
        List<String> statements = plan.transactional();
        boolean finished = !plan.hasOnlineSteps();
        Progress progress = new Progress();
        try {
            retry.run(connection, plan.needsLockTimeout(), MigrationLabel.of(migration.entry()), (c, statement) -> {
                for (int i = 0; i < statements.size(); i++) {
                    progress.at("statement " + (i + 1) + " of " + statements.size(), statements.get(i));
                    statement.execute(statements.get(i));
                }
                progress.at("recording it in the history table", history.insertStatement());
                history.record(c, migration.entry(), elapsedMillis(start), finished);
                progress.at(COMMIT, "commit");
            });
        } catch (SQLException e) {
            throw failure(migration, progress, e);
        }
        if (!finished) {
            runOnline(connection, migration, start);
        }
        return new AppliedMigration(migration.entry().version(), migration.entry().description(),
                plan.statementCount(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Runs the online steps of a migration that a previous run recorded as unfinished, and records it finished. */
    AppliedMigration resume(Connection connection, PendingMigration migration) throws SQLException {
        long start = System.nanoTime();
        runOnline(connection, migration, start);
        return new AppliedMigration(migration.entry().version(), migration.entry().description(),
                migration.plan().online().size(), Duration.ofNanos(System.nanoTime() - start));
    }

    private void runOnline(Connection connection, PendingMigration migration, long start) throws SQLException {
        List<OnlineStep> steps = migration.plan().online();
        for (int i = 0; i < steps.size(); i++) {
            OnlineStep step = steps.get(i);
            try {
                run(connection, migration, step);
            } catch (SQLException e) {
                throw onlineFailure(migration, "online step " + (i + 1) + " of " + steps.size(), step, e);
            }
        }
        try {
            history.markFinished(connection, migration.entry(), elapsedMillis(start));
        } catch (SQLException e) {
            throw onlineFailure(migration, "marking it finished in the history table", null, e);
        }
    }

    private void run(Connection connection, PendingMigration migration, OnlineStep step) throws SQLException {
        if (step instanceof ConcurrentIndex index) {
            dropIfInvalid(connection, index);
            execute(connection, index.create());
        } else if (step instanceof UniqueThroughIndex unique) {
            // Gone into the constraint when a previous attempt completed the step but not the migration.
            if (!constraintExists(connection, unique.table(), unique.constraint())) {
                dropIfInvalid(connection, unique.build());
                execute(connection, unique.create());
                retry.run(connection, true, MigrationLabel.of(migration.entry()),
                        (c, statement) -> statement.execute(unique.addConstraint()));
            }
        } else if (step instanceof ValidateConstraint validate) {
            execute(connection, validate.validate());
        } else if (step instanceof NotNullThroughCheck notNull) {
            // Gone when a previous attempt completed the step but not the migration.
            if (constraintExists(connection, notNull.table(), notNull.constraint())) {
                execute(connection, notNull.validate());
            }
            retry.run(connection, true, MigrationLabel.of(migration.entry()), (c, statement) -> {
                statement.execute(notNull.setNotNull());
                statement.execute(notNull.dropCheck());
            });
        }
    }

    /**
     * Drops the invalid index an interrupted concurrent build left under this step's name, if there is one.
     *
     * @return whether there was one
     */
    static boolean dropIfInvalid(Connection connection, ConcurrentIndex index) throws SQLException {
        if (!isInvalidIndex(connection, index)) {
            return false;
        }
        execute(connection, index.dropInvalid());
        return true;
    }

    /** Whether an index of that name exists and is invalid: what a failed or interrupted concurrent build leaves. */
    static boolean isInvalidIndex(Connection connection, ConcurrentIndex index) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select not indisvalid from pg_index where indexrelid = to_regclass(?)")) {
            query.setString(1, Identifiers.qualified(index.index()));
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static boolean constraintExists(Connection connection, QualifiedName table, String constraint)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select 1 from pg_constraint where conrelid = to_regclass(?) and conname = ?")) {
            query.setString(1, Identifiers.qualified(table));
            query.setString(2, constraint);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private SchemacException failure(PendingMigration migration, Progress progress, SQLException e) {
        String what = failedAt(migration, progress.step, progress.statement, e);
        if (progress.step.equals(COMMIT) && connectionLost(e)) {
            // A commit whose answer was lost may have happened: the history row, committed with it, tells.
            return new SchemacException(ErrorCode.MIGRATION_FAILED, what + "The commit's outcome is unknown: if "
                    + "the history table has a row for version " + migration.entry().version() + " the migration "
                    + "is applied, else nothing of it is. Start the application again; it applies the migration "
                    + "only if it is not recorded.", e);
        }
        String lock = LockTimeoutRetry.LOCK_NOT_AVAILABLE.equals(e.getSQLState())
                ? "It waited longer than lock_timeout (" + retry.timeout().toMillis() + " ms) for a lock in each of "
                        + retry.attempts() + " attempts: another session holds a lock on the table (find it in "
                        + "pg_locks and pg_stat_activity). Start again when it is gone, or allow a longer wait with "
                        + "Schemac.configure(dataSource).lockTimeout(...). "
                : "";
        return new SchemacException(ErrorCode.MIGRATION_FAILED, what + lock + "The migration was rolled back: "
                + "nothing of it is applied and it is not recorded; migrations applied before it stay applied. Fix "
                + "the migration, or the data it trips over, and start the application again.", e);
    }

    private static SchemacException onlineFailure(PendingMigration migration, String step, OnlineStep online,
            SQLException e) {
        String what = failedAt(migration, step, online == null ? "" : online.statement(), e);
        return new SchemacException(ErrorCode.MIGRATION_FAILED, what + "Its transaction is committed and it is "
                + "recorded as unfinished (success = false in the history table). The next start does not run its "
                + "transaction again but resumes its online steps, each of which can be repeated (an invalid index "
                + "left by an interrupted concurrent build is dropped and built again). Fix what PostgreSQL "
                + "refused (e.g. duplicate values for a unique index, rows violating a constraint, NULLs in a "
                + "column becoming NOT NULL), leave the migration unchanged, and start again.", e);
    }

    /** The migration, the step and its statement, every line of it indented, and PostgreSQL's message. */
    private static String failedAt(PendingMigration migration, String step, String statement, SQLException e) {
        return MigrationLabel.of(migration.entry()) + " failed at " + step + ":\n" + INDENT
                + statement.replace("\n", "\n" + INDENT) + "\nPostgreSQL: " + e.getMessage() + " (SQLState "
                + e.getSQLState() + ").\n";
    }

    /** Connection exceptions (class 08) and operator intervention (57P), such as a terminated backend. */
    private static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("57P");
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
