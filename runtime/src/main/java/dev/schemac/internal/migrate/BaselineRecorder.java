package dev.schemac.internal.migrate;

import dev.schemac.ErrorCode;
import dev.schemac.SchemacException;
import dev.schemac.internal.index.IndexEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Records migrations as applied without running them, for a database whose schema exists already. Under the same
 * advisory lock as {@link Migrator}, in one transaction, and only into an empty history: baselining over a history
 * would hide the difference between what ran and what was merely recorded.
 */
public final class BaselineRecorder {
    private final HistoryTable history;

    public BaselineRecorder(String historyTable) {
        this.history = new HistoryTable(historyTable);
    }

    /**
     * Creates the history table when missing and records every entry with duration 0.
     *
     * @throws SchemacException {@link ErrorCode#HISTORY_NOT_EMPTY} when the history has a row already
     */
    public void record(Connection connection, List<IndexEntry> entries) throws SQLException {
        AdvisoryLock lock = new AdvisoryLock(history.lockName(connection));
        lock.acquire(connection);
        try {
            history.createOrCheck(connection);
            int rows = history.read(connection).size();
            if (rows > 0) {
                throw new SchemacException(ErrorCode.HISTORY_NOT_EMPTY, "the history table " + history.name()
                        + " has " + rows + " row(s) already: this database is managed by schemac, so there is "
                        + "nothing to baseline. Use status to see where it stands and migrate to bring it up to date.");
            }
            connection.setAutoCommit(false);
            try {
                for (IndexEntry entry : entries) {
                    history.record(connection, entry, 0, true);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } finally {
            lock.release(connection);
        }
    }
}
