package dev.schemac.internal.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The transaction schemac opens for a migration, known by its PostgreSQL transaction id, so that a statement of
 * the migration that ended it (a commit that slipped past {@code ExecuteSql}'s refusal) is noticed instead of
 * being reported as rolled back, or recorded as applied. JDBC cannot tell: the driver just opens the next
 * transaction. The id costs nothing extra, since the migration's history row needs one anyway.
 */
final class MigrationTransaction {
    /** The first statement of every migration's transaction, for error messages. */
    static final String START = "select txid_current()";

    private final long id;

    private MigrationTransaction(long id) {
        this.id = id;
    }

    /** Notes the id of the transaction the connection, with autocommit off, is in now. */
    static MigrationTransaction start(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(START);
                ResultSet result = query.executeQuery()) {
            result.next();
            return new MigrationTransaction(result.getLong(1));
        }
    }

    /** Whether the connection is still in this transaction; run before recording the migration. */
    boolean isCurrent(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select txid_current() = ?")) {
            query.setLong(1, id);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /**
     * After the rollback of a failure: whether this transaction was committed, by a statement of the migration,
     * before the failure. False when the connection cannot tell (it is gone, and the failure says so already).
     */
    boolean wasCommitted(Connection connection) {
        try (PreparedStatement query = connection.prepareStatement("select txid_status(?) = 'committed'")) {
            query.setLong(1, id);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        } catch (SQLException e) {
            return false;
        }
    }
}
