package dev.schemac.internal.migrate;

import dev.schemac.testing.DatabaseTest;
import static dev.schemac.internal.migrate.TestMigrations.history;
import static dev.schemac.internal.migrate.TestMigrations.migrate;
import static dev.schemac.internal.migrate.TestMigrations.refused;
import static dev.schemac.internal.migrate.TestMigrations.runLog;
import static dev.schemac.internal.migrate.TestMigrations.schemac;
import static dev.schemac.internal.migrate.TestMigrations.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.AppliedMigration;
import dev.schemac.ErrorCode;
import dev.schemac.MigrationReport;
import dev.schemac.Schemac;
import dev.schemac.internal.migrate.fixtures.V1__CreateCustomer;
import dev.schemac.schema.QualifiedName;
import dev.schemac.testing.Catalog;
import dev.schemac.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Applying migrations, the history it leaves, and the fast path of a start with nothing to do. */
@DatabaseTest
class MigratorTest {
    private TestDatabase db;
    private Catalog catalog;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create();
        catalog = new Catalog(db.dataSource());
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void appliesPendingMigrationsInVersionOrder() {
        MigrationReport report = migrate(db, "all");

        assertEquals(List.of("1", "2", "3"), versions(report));
        assertEquals(List.of("CreateCustomer", "CreateUserAndOrder", "AddEmail"),
                report.applied().stream().map(AppliedMigration::description).toList());
        assertEquals(List.of(3, 7, 3), report.applied().stream().map(AppliedMigration::statements).toList());
        assertEquals(0, report.alreadyApplied());
        assertTrue(report.applied().get(1).duration().toMillis() >= 200, "V2 sleeps 0.2 s");
        assertEquals(List.of("1", "2", "3"), history(db));
        assertEquals(List.of("1", "2", "3"), runLog(db));
        assertTrue(catalog.columns("public", "customer").contains("email character varying(255)"));
    }

    @Test
    void recordsEachMigrationInTheHistoryTable() {
        migrate(db, "all");

        assertEquals(List.of("1|CreateCustomer|c1|t|t|t", "2|CreateUserAndOrder|c2|t|t|t", "3|AddEmail|c3|t|t|t"),
                catalog.strings("select concat_ws('|', version, description, "
                        + "checksum, success, applied_by = current_user, applied_at <= now()) from schemac_history "
                        + "order by version"));
        assertEquals(List.of("t"), catalog.strings("select bool_and(duration_ms >= 0) and "
                + "max(duration_ms) filter (where version = '2') >= 200 from schemac_history"));
        assertEquals(List.of("version character varying(50) not null",
                "description character varying(200) not null", "checksum character varying(64) not null",
                "applied_at timestamp with time zone not null default now()",
                "applied_by text not null default CURRENT_USER", "duration_ms integer not null",
                "success boolean not null"), catalog.columns("public", "schemac_history"));
    }

    @Test
    void appliesNothingTheSecondTime() {
        migrate(db, "first-two");
        MigrationReport second = migrate(db, "first-two");

        assertEquals(List.of(), second.applied());
        assertEquals(2, second.alreadyApplied());
        assertEquals(List.of("1", "2"), runLog(db));
    }

    @Test
    void appliesOnlyWhatIsNewOnTheNextRelease() {
        migrate(db, "first-two");
        MigrationReport next = migrate(db, "all");

        assertEquals(List.of("3"), versions(next));
        assertEquals(2, next.alreadyApplied());
        assertEquals(List.of("1", "2", "3"), history(db));
    }

    @Test
    void createsTablesNamedWithReservedWordsThatTheMigrationThenUses() {
        migrate(db, "all");

        assertEquals(List.of("ada"), catalog.strings(
                "select u.name from \"user\" u join \"order\" o on o.\"user\" = u.id where o.id = 10"));
        assertEquals(List.of("order_pkey PRIMARY KEY (id)",
                "order_user_fkey FOREIGN KEY (\"user\") REFERENCES \"user\"(id)"),
                catalog.constraints("public", "order"));
    }

    /** The common start: nothing pending, so no migration class is loaded and the lock is not needed. */
    @Test
    void fastPathNeitherLoadsMigrationsNorTakesTheLock() throws Exception {
        migrate(db, "all");
        V1__CreateCustomer.INSTANCES.set(0);
        long key = AdvisoryLock.keyOf(QualifiedName.parse(Schemac.DEFAULT_HISTORY_TABLE));
        try (Connection holder = db.dataSource().getConnection();
                PreparedStatement lock = holder.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, key);
            lock.execute();
            MigrationReport report = CompletableFuture.supplyAsync(() -> migrate(db, "all"))
                    .get(10, TimeUnit.SECONDS);
            assertEquals(3, report.alreadyApplied());
        }
        assertEquals(0, V1__CreateCustomer.INSTANCES.get());
    }

    @Test
    void logsCountsInWords() {
        List<String> messages;
        try (LogCapture capture = new LogCapture(Level.INFO)) {
            migrate(db, "first");
            migrate(db, "one-statement");
            messages = capture.messages();
        }

        assertEquals(4, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("Applied migration 1 CreateCustomer (3 statements) in "),
                messages.get(0));
        assertTrue(messages.get(1).startsWith("Applied 1 migration in "), messages.get(1));
        assertTrue(messages.get(1).endsWith(" ms; 0 were applied before"), messages.get(1));
        assertTrue(messages.get(2).startsWith("Applied migration 2 OneStatement (1 statement) in "), messages.get(2));
        assertTrue(messages.get(3).endsWith(" ms; 1 was applied before"), messages.get(3));
    }

    /** {@code schemac_history} and {@code public.schemac_history} are one table, so they must be one lock. */
    @Test
    void lockKeyIsTheTableNotTheWayItIsNamed() throws Exception {
        long key = AdvisoryLock.keyOf(new QualifiedName("public", Schemac.DEFAULT_HISTORY_TABLE));
        CompletableFuture<MigrationReport> run;
        try (Connection holder = db.dataSource().getConnection();
                PreparedStatement lock = holder.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, key);
            lock.execute();
            run = CompletableFuture.supplyAsync(() -> migrate(db, "first"));
            waitForAdvisoryLockWaiter();
            assertFalse(run.isDone(), "migrated while another session held the lock of public.schemac_history");
        }
        assertEquals(List.of("1"), versions(run.get(10, TimeUnit.SECONDS)));
    }

    @Test
    void lockKeyOfAnUnqualifiedNameUsesTheSchemaTheTableIsFoundIn() throws Exception {
        db.execute("create schema ops", "create table ops.history (x int)");
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            assertEquals(new QualifiedName("public", "schemac_history"),
                    new HistoryTable("schemac_history").lockName(connection));
            assertEquals(new QualifiedName("ops", "x"), new HistoryTable("ops.x").lockName(connection));
            statement.execute("set search_path = public, ops");
            assertEquals(new QualifiedName("ops", "history"), new HistoryTable("history").lockName(connection));
        }
    }

    /** A waiter polls with pg_try_advisory_lock rather than blocking; its session's last query shows it. */
    private void waitForAdvisoryLockWaiter() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (!catalog.strings("select pid from pg_stat_activity where query like '%pg_try_advisory_lock%' "
                    + "and pid <> pg_backend_pid() and datname = current_database()").isEmpty()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the migration never waited for the advisory lock");
    }

    @Test
    void needsNoHistoryTableWhileThereAreNoMigrations() {
        MigrationReport report = migrate(db, "empty");

        assertEquals(new MigrationReport(List.of(), 0), report);
        assertFalse(catalog.relationExists("public", "schemac_history"));
    }

    @Test
    void keepsHistoryInAConfiguredSchemaAndTable() {
        MigrationReport report = schemac(db, "first").historyTable("Ops.Migration History").migrate();

        assertEquals(List.of("1"), versions(report));
        assertTrue(catalog.schemaExists("Ops"));
        assertEquals(List.of("1"), catalog.strings("select version from \"Ops\".\"Migration History\""));
        assertFalse(catalog.relationExists("public", "schemac_history"));
        assertEquals(1, schemac(db, "first").historyTable("Ops.Migration History").migrate().alreadyApplied());
    }

    @Test
    void usesAnExistingSchemaForTheHistoryTable() {
        db.execute("create schema ops");
        schemac(db, "first").historyTable("ops.history").migrate();

        assertEquals(List.of("1"), catalog.strings("select version from ops.history"));
    }

    @Test
    void leavesAutocommitAsThePoolHandedItOut() throws Exception {
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            MigrationReport report = Schemac.configure(new SingleConnectionDataSource(connection))
                    .indexResource("migrations/first-two.idx").migrate();
            assertEquals(2, report.applied().size());
            assertFalse(connection.getAutoCommit());
            assertEquals(2, Schemac.configure(new SingleConnectionDataSource(connection))
                    .indexResource("migrations/first-two.idx").migrate().alreadyApplied());
            assertFalse(connection.getAutoCommit());
        }
    }

    @Test
    void reportsADatabaseThatCannotBeReached() {
        PGSimpleDataSource unreachable = new PGSimpleDataSource();
        unreachable.setUrl(db.jdbcUrl());
        unreachable.setUser(db.user());
        unreachable.setPassword(db.password());
        unreachable.setDatabaseName(db.name() + "_does_not_exist");

        var e = refused(ErrorCode.DATABASE_ERROR,
                () -> Schemac.configure(unreachable).indexResource("migrations/first.idx").migrate());
        assertTrue(e.getMessage().contains("connecting"), e.getMessage());
        assertTrue(e.getMessage().contains(db.name() + "_does_not_exist"), e.getMessage());
    }
}
