package dev.schemac.internal.migrate;

import dev.schemac.testing.DatabaseTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.schema.QualifiedName;
import dev.schemac.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The lock key is stable across releases, and the lock excludes other sessions on real PostgreSQL. */
@DatabaseTest
class AdvisoryLockTest {
    @Test
    void keyIsDerivedFromTheHistoryTableName() {
        // Computed outside Java: sha256(b"schemac:schemac_history")[:8] = b69d7b1a2409dee9, as a signed long.
        // A change of the derivation would let two releases of an application migrate at the same time.
        assertEquals(0xb69d7b1a2409dee9L, AdvisoryLock.keyOf(QualifiedName.parse("schemac_history")));
        // sha256(b"schemac:public.schemac_history")[:8]: the default history table's key, once qualified.
        assertEquals(0x9832e96be9234b31L, AdvisoryLock.keyOf(new QualifiedName("public", "schemac_history")));
        assertEquals(AdvisoryLock.keyOf(QualifiedName.parse("ops.history")),
                AdvisoryLock.keyOf(new QualifiedName("ops", "history")));
        assertNotEquals(AdvisoryLock.keyOf(QualifiedName.parse("ops.history")),
                AdvisoryLock.keyOf(QualifiedName.parse("history")));
    }

    @Test
    void excludesOtherSessionsUntilReleased() throws SQLException {
        AdvisoryLock lock = new AdvisoryLock(QualifiedName.parse("schemac_history"));
        try (TestDatabase db = TestDatabase.create();
                Connection first = db.dataSource().getConnection();
                Connection second = db.dataSource().getConnection()) {
            lock.acquire(first);
            assertFalse(tryLock(second, lock.key()), "a second session got the lock");
            lock.release(first);
            assertTrue(tryLock(second, lock.key()), "the lock was not released");
        }
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            st.setLong(1, key);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
