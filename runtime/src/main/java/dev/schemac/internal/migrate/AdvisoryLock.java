package dev.schemac.internal.migrate;

import dev.schemac.schema.QualifiedName;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The session-level PostgreSQL advisory lock that lets one process at a time migrate through a given history
 * table; the others wait and then find nothing left to do. PostgreSQL releases it if the session dies.
 */
final class AdvisoryLock {
    private static final long FIRST_PAUSE_MILLIS = 20;
    private static final long MAX_PAUSE_MILLIS = 250;

    private final long key;

    AdvisoryLock(QualifiedName historyTable) {
        this.key = keyOf(historyTable);
    }

    /**
     * The lock's {@code bigint} key: the first 8 bytes, read big-endian, of the SHA-256 of the UTF-8 text
     * {@code "schemac:" + historyTable}. The name is the one {@link HistoryTable#lockName} resolves, qualified
     * with its schema ({@code schemac:public.schemac_history} by default), so that {@code schemac_history} and
     * {@code public.schemac_history} are one lock. Deterministic, so every release and every process agree;
     * another tool would have to hash the same text to collide.
     */
    static long keyOf(QualifiedName historyTable) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("schemac:" + historyTable).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    long key() {
        return key;
    }

    /**
     * Waits until this session holds the lock, asking again and again with {@code pg_try_advisory_lock} rather than
     * blocking in {@code pg_advisory_lock}: a session blocked there is inside a statement with a snapshot, and
     * {@code create index concurrently} in the migrating session waits for every such snapshot to end, so the two
     * would wait for each other forever (Flyway issue #1654). Between tries this session runs no statement.
     */
    void acquire(Connection connection) throws SQLException {
        long pauseMillis = FIRST_PAUSE_MILLIS;
        while (!tryAcquire(connection)) {
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for the schemac advisory lock " + key, e);
            }
            pauseMillis = Math.min(pauseMillis * 2, MAX_PAUSE_MILLIS);
        }
    }

    private boolean tryAcquire(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    void release(Connection connection) throws SQLException {
        call(connection, "select pg_advisory_unlock(?)");
    }

    private void call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            statement.execute();
        }
    }
}
