package dev.schemac.internal.migrate;

import static dev.schemac.internal.migrate.TestMigrations.migrate;
import static dev.schemac.internal.migrate.TestMigrations.refused;
import static dev.schemac.internal.migrate.TestMigrations.schemac;
import static dev.schemac.internal.migrate.TestMigrations.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.ErrorCode;
import dev.schemac.MigrationReport;
import dev.schemac.SchemacException;
import dev.schemac.testing.Catalog;
import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A migration that needs a strong lock that another session holds: bounded waits, retries, a clear failure. */
@DatabaseTest
class LockTimeoutTest {
    private TestDatabase db;
    private Catalog catalog;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create();
        catalog = new Catalog(db.dataSource());
        migrate(db, "accounts");
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void retriesTheTransactionUntilTheLockIsFree() throws Exception {
        CompletableFuture<MigrationReport> run;
        try (LogCapture log = new LogCapture(Level.WARNING)) {
            try (Connection holder = db.dataSource().getConnection(); Statement statement = holder.createStatement()) {
                holder.setAutoCommit(false);
                // A reader in a long transaction: ADD COLUMN's ACCESS EXCLUSIVE lock must wait for it.
                statement.execute("lock table account in access share mode");
                run = CompletableFuture.supplyAsync(() -> schemac(db, "unique-email")
                        .lockTimeout(Duration.ofMillis(200), 20).migrate());
                waitFor(() -> log.messages().size() >= 2);
                holder.commit();
            }
            assertEquals(List.of("12"), versions(run.get(30, TimeUnit.SECONDS)));
            String first = log.messages().get(0);
            assertTrue(first.contains("waited longer than lock_timeout (200 ms) for a lock, attempt 1 of 20"), first);
        }
        assertTrue(catalog.columns("public", "account").contains("nickname text"));
    }

    @Test
    void failsClearlyAfterTheLastAttemptAndKeepsNothing() throws Exception {
        try (Connection holder = db.dataSource().getConnection(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("lock table account in access share mode");

            SchemacException e = refused(ErrorCode.MIGRATION_FAILED, () -> schemac(db, "unique-email")
                    .lockTimeout(Duration.ofMillis(100), 3).migrate());

            assertTrue(e.getMessage().contains("failed at statement 1 of 1:\n    alter table account add column "
                    + "nickname text"), e.getMessage());
            assertTrue(e.getMessage().contains("waited longer than lock_timeout (100 ms) for a lock in each of 3 "
                    + "attempts"), e.getMessage());
            assertTrue(e.getMessage().contains("(SQLState 55P03)"), e.getMessage());
            assertTrue(e.getMessage().contains("The migration was rolled back"), e.getMessage());
            holder.rollback();
        }
        assertFalse(catalog.columns("public", "account").contains("nickname text"));
        assertEquals(List.of("10"), catalog.strings("select version from schemac_history"));
    }

    @Test
    void aZeroTimeoutWaitsAsLongAsItTakes() throws Exception {
        CompletableFuture<MigrationReport> run;
        try (Connection holder = db.dataSource().getConnection(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("lock table account in access share mode");
            run = CompletableFuture.supplyAsync(() -> schemac(db, "unique-email")
                    .lockTimeout(Duration.ZERO, 1).migrate());
            waitFor(() -> !catalog.strings("select pid from pg_locks where relation = 'account'::regclass "
                    + "and not granted").isEmpty());
            holder.commit();
        }
        assertEquals(List.of("12"), versions(run.get(30, TimeUnit.SECONDS)));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the condition never held");
    }
}
