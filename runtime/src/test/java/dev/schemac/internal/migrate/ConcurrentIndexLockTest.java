package dev.schemac.internal.migrate;

import static dev.schemac.internal.migrate.TestMigrations.migrate;
import static dev.schemac.internal.migrate.TestMigrations.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.ErrorCode;
import dev.schemac.MigrationReport;
import dev.schemac.SchemacException;
import dev.schemac.testing.Catalog;
import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances start while one builds an index concurrently. The build waits for every transaction with an older
 * snapshot; an instance blocked in {@code pg_advisory_lock} would be one, waiting in turn for the builder's lock, and
 * neither would finish (Flyway issue #1654). Waiters poll instead, so both finish.
 */
@DatabaseTest
class ConcurrentIndexLockTest {
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
    void aSecondInstanceWaitingForTheLockDoesNotDeadlockWithTheConcurrentBuild() throws Exception {
        CompletableFuture<MigrationReport> first;
        CompletableFuture<MigrationReport> second;
        try (Connection writer = db.dataSource().getConnection(); Statement statement = writer.createStatement()) {
            // An open writing transaction holds the first instance inside its concurrent build ...
            writer.setAutoCommit(false);
            statement.execute("update account set note = 'busy' where id = 1");
            first = CompletableFuture.supplyAsync(() -> migrate(db, "email-index"));
            waitFor(() -> !catalog.strings("select pid from pg_stat_activity where state = 'active' "
                    + "and query like 'create index concurrently%'").isEmpty());
            // ... while the second starts, finds work to do, and waits for the migration lock.
            second = CompletableFuture.supplyAsync(() -> migrate(db, "email-index"));
            waitFor(() -> catalog.strings("select pid from pg_stat_activity where query like "
                    + "'%advisory_lock(%' and pid <> pg_backend_pid()").size() >= 1);
            Thread.sleep(200);
            writer.commit();
        }
        MigrationReport a = first.get(60, TimeUnit.SECONDS);
        MigrationReport b = second.get(60, TimeUnit.SECONDS);

        assertEquals(List.of("14"), a.applied().stream().map(m -> m.version()).toList());
        assertEquals(new MigrationReport(List.of(), 2), b);
        assertEquals(List.of("true"), catalog.strings("select indisvalid::text from pg_index "
                + "where indexrelid = 'account_email_idx'::regclass"));
    }

    @Test
    void anIndexBuildKilledMidwayIsBuiltAgainByTheNextStart() throws Exception {
        CompletableFuture<MigrationReport> killed;
        try (Connection writer = db.dataSource().getConnection(); Statement statement = writer.createStatement()) {
            writer.setAutoCommit(false);
            statement.execute("update account set note = 'busy' where id = 1");
            killed = CompletableFuture.supplyAsync(() -> migrate(db, "email-index"));
            waitFor(() -> !catalog.strings("select pid from pg_stat_activity where state = 'active' "
                    + "and query like 'create index concurrently%'").isEmpty());
            catalog.strings("select pg_terminate_backend(pid)::text from pg_stat_activity "
                    + "where query like 'create index concurrently%'");
            writer.commit();
        }
        ExecutionException e = assertThrows(ExecutionException.class, () -> killed.get(60, TimeUnit.SECONDS));
        SchemacException failure = (SchemacException) e.getCause();
        assertEquals(ErrorCode.MIGRATION_FAILED, failure.code(), failure::getMessage);
        assertTrue(failure.getMessage().contains("recorded as unfinished"), failure.getMessage());
        assertEquals(List.of("false"), catalog.strings("select indisvalid::text from pg_index "
                + "where indexrelid = 'account_email_idx'::regclass"));

        assertEquals(List.of("14"), versions(migrate(db, "email-index")));
        assertEquals(List.of("true"), catalog.strings("select indisvalid::text from pg_index "
                + "where indexrelid = 'account_email_idx'::regclass"));
        assertEquals(List.of("10|true", "14|true"), catalog.strings(
                "select version || '|' || success from schemac_history order by version::int"));
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the condition never held");
    }
}
