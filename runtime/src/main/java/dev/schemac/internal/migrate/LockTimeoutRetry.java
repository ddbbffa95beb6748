package dev.schemac.internal.migrate;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Runs a transaction whose statements wait for strong locks under {@code lock_timeout}, and when PostgreSQL cancels
 * one for the timeout, rolls back, waits a little and runs it again, a bounded number of times. A migration queued
 * behind a long transaction would otherwise block every writer queued behind it for as long.
 */
final class LockTimeoutRetry {
    /** PostgreSQL's SQLState for a lock wait that {@code lock_timeout} cancelled. */
    static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final Duration MAX_PAUSE = Duration.ofSeconds(1);

    /** The transaction's work; it may run several times. */
    interface Work {
        void run(Connection connection, Statement statement) throws SQLException;
    }

    private final Duration timeout;
    private final int attempts;

    LockTimeoutRetry(Duration timeout, int attempts) {
        this.timeout = timeout;
        this.attempts = attempts;
    }

    Duration timeout() {
        return timeout;
    }

    int attempts() {
        return attempts;
    }

    /**
     * Runs {@code work} in a transaction and commits it; {@code work} commits nothing itself.
     *
     * @param limitLocks whether the transaction runs under {@code lock_timeout} (and so may be retried)
     * @param what the transaction, for the log, e.g. {@code migration 3 AddEmail}
     * @throws SQLException the last failure, after rolling back; a lock timeout only once every attempt ran into one
     */
    void run(Connection connection, boolean limitLocks, String what, Work work) throws SQLException {
        boolean limited = limitLocks && !timeout.isZero();
        for (int attempt = 1;; attempt++) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                if (limited) {
                    statement.execute("set local lock_timeout = '" + timeout.toMillis() + "ms'");
                }
                work.run(connection, statement);
                connection.commit();
                return;
            } catch (SQLException e) {
                rollback(connection, e);
                if (!limited || !LOCK_NOT_AVAILABLE.equals(e.getSQLState()) || attempt >= attempts) {
                    throw e;
                }
                Duration pause = pause(attempt);
                int tried = attempt;
                Migrator.Log.LOG.log(Level.WARNING, () -> what + " waited longer than lock_timeout ("
                        + timeout.toMillis() + " ms) for a lock, attempt " + tried + " of " + attempts
                        + "; rolled back, trying again in " + pause.toMillis() + " ms: " + e.getMessage());
                sleep(pause);
            } finally {
                restoreAutoCommit(connection);
            }
        }
    }

    /** Grows with each attempt, so that the sessions queued behind the migration's lock wait get through. */
    private Duration pause(int attempt) {
        Duration base = timeout.compareTo(MAX_PAUSE) < 0 ? timeout : MAX_PAUSE;
        return base.multipliedBy(attempt);
    }

    private static void sleep(Duration pause) throws SQLException {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting to retry after a lock timeout", e);
        }
    }

    private static void rollback(Connection connection, SQLException failure) {
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
}
