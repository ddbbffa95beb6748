package dev.schemac.internal.migrate;

import dev.schemac.AppliedMigration;
import dev.schemac.ErrorCode;
import dev.schemac.SchemacException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Applies one migration in one transaction together with its history row. PostgreSQL's DDL is transactional,
 * so a failure, or a lost connection, leaves nothing of the migration behind and nothing recorded. Only a statement
 * ending that transaction could break this, and none can run: {@code ExecuteSql} refuses commit, rollback and the
 * like before anything runs, and PostgreSQL refuses a commit from a DO block or procedure inside a transaction
 * ("invalid transaction termination"). So the runner adds no round trip of its own to check it.
 */
final class MigrationRunner {
    private static final String COMMIT = "the commit";
    private static final String INDENT = "    ";

    private final HistoryTable history;

    MigrationRunner(HistoryTable history) {
        this.history = history;
    }

    /**
     * Runs the migration's statements and records it.
     *
     * @throws SchemacException {@link ErrorCode#MIGRATION_FAILED} naming the statement PostgreSQL refused
     * @throws SQLException when the transaction cannot even be started
     */
    AppliedMigration apply(Connection connection, PendingMigration migration) throws SQLException {
        long start = System.nanoTime();
        connection.setAutoCommit(false);
        int total = migration.statements().size();
        String step = "its start";
        String current = "";
        try {
            try (Statement statement = connection.createStatement()) {
                for (int i = 0; i < total; i++) {
                    step = "statement " + (i + 1) + " of " + total;
                    current = migration.statements().get(i);
                    statement.execute(current);
                }
            }
            step = "recording it in the history table";
            current = history.insertStatement();
            history.record(connection, migration.entry(), elapsedMillis(start));
            step = COMMIT;
            current = "commit";
            connection.commit();
        } catch (SQLException e) {
            SchemacException failure = failure(migration, step, current, e);
            rollback(connection, failure);
            throw failure;
        } finally {
            restoreAutoCommit(connection);
        }
        return new AppliedMigration(migration.entry().version(), migration.entry().description(), total,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static SchemacException failure(PendingMigration migration, String step, String statement,
            SQLException e) {
        String what = failedAt(migration, step, statement, e);
        if (step.equals(COMMIT) && connectionLost(e)) {
            // A commit whose answer was lost may have happened: the history row, committed with it, tells.
            return new SchemacException(ErrorCode.MIGRATION_FAILED, what + "The commit's outcome is unknown: if "
                    + "the history table has a row for version " + migration.entry().version() + " the migration "
                    + "is applied, else nothing of it is. Start the application again; it applies the migration "
                    + "only if it is not recorded.", e);
        }
        return new SchemacException(ErrorCode.MIGRATION_FAILED, what + "The migration was rolled back: nothing of "
                + "it is applied and it is not recorded; migrations applied before it stay applied. Fix the "
                + "migration, or the data it trips over, and start the application again.", e);
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

    private static void rollback(Connection connection, SchemacException failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The connection is gone; PostgreSQL has rolled the transaction back by itself.
            failure.addSuppressed(e);
        }
    }

    private static void restoreAutoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // Only a broken connection refuses this, and the failure it caused is already being reported.
        }
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
