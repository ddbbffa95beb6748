package dev.schemac.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.ErrorCode;
import dev.schemac.MigrationState;
import dev.schemac.MigrationStatus;
import dev.schemac.Schemac;
import dev.schemac.SchemacException;
import dev.schemac.testing.Catalog;
import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.Psql;
import dev.schemac.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scripts of migrations, run on real PostgreSQL: afterwards the runtime must see exactly what migrate leaves. */
@DatabaseTest
class ScriptWriterTest {
    private TestDatabase db;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void idempotentScriptMatchesItsGoldenFile() throws IOException {
        assertMatchesGolden("all-idempotent.sql", schemac("all").script(null, null, true));
    }

    @Test
    void plainScriptMatchesItsGoldenFile() throws IOException {
        assertMatchesGolden("all.sql", schemac("all").script(null, null, false));
    }

    @Test
    void onlineScriptsMatchTheirGoldenFiles() throws IOException {
        assertMatchesGolden("online-script.sql", schemac("online-script").script(null, null, false));
        assertMatchesGolden("online-script-idempotent.sql", schemac("online-script").script(null, null, true));
    }

    @Test
    void aPendingScriptRunLeavesWhatMigrateWouldLeave() {
        schemac("first").migrate();
        String script = schemac("all").script(false);
        assertFalse(script.contains("V1__CreateCustomer"), "applied migrations are not in a pending script");
        assertTrue(script.contains("V2__CreateUserAndOrder") && script.contains("V3__AddEmail"), script);

        run(script);

        assertAllApplied(3);
        assertEquals(0, schemac("all").migrate().applied().size(), "migrate finds nothing left to do");
        assertEquals(List.of("1", "2", "3"), new Catalog(db.dataSource()).strings(
                "select version from run_log order by version"));
    }

    @Test
    void anIdempotentScriptRunsEachMigrationOnceHoweverOftenItRuns() {
        schemac("first-two").migrate();
        String script = schemac("all").script(null, null, true);

        run(script);
        run(script);

        assertAllApplied(3);
        assertEquals(List.of("1", "2", "3"), new Catalog(db.dataSource()).strings(
                "select version from run_log order by version"), "V1 and V2 did not run again");
    }

    @Test
    void anIdempotentScriptCreatesTheHistoryTableOnAnEmptyDatabase() {
        run(schemac("all").script(null, null, true));
        assertAllApplied(3);
    }

    @Test
    void anOnlineScriptOnAnExistingTableLeavesWhatMigrateLeaves() {
        schemac("accounts").migrate();
        String script = schemac("online-script").script(false);
        assertTrue(script.contains("create index concurrently if not exists account_email_idx"), script);

        run(script);

        assertAllApplied("online-script", 3);
        assertEquals(0, schemac("online-script").migrate().applied().size(), "migrate finds nothing left to do");
        assertEquals(schemaMigrated("online-script"), schemaOf(db));
    }

    @Test
    void anIdempotentOnlineScriptRunsTwiceAndLeavesWhatMigrateLeaves() {
        schemac("accounts").migrate();
        String script = schemac("online-script").script(null, null, true);

        run(script);
        String second = Psql.run(db, script);

        assertTrue(second.contains("migration 11 is recorded already"), second);
        assertAllApplied("online-script", 3);
        assertEquals(0, schemac("online-script").migrate().applied().size(), "migrate finds nothing left to do");
        assertEquals(schemaMigrated("online-script"), schemaOf(db));
    }

    @Test
    void anIdempotentOnlineScriptFinishesAMigrationWhoseOnlineStepFailed() {
        schemac("accounts").migrate();
        db.execute("update account set email = 'same@example.com' where id in (1, 2)");
        String script = schemac("unique-email-constraint").script(null, null, true);
        AssertionError failed = assertThrows(AssertionError.class, () -> run(script));
        assertTrue(failed.getMessage().contains("could not create unique index"), failed.getMessage());
        assertEquals(List.of("15 false"), new Catalog(db.dataSource()).strings(
                "select version || ' ' || success from schemac_history where version = '15'"));

        db.execute("update account set email = 'a2@example.com' where id = 2");
        run(script);

        assertAllApplied("unique-email-constraint", 2);
        assertEquals(List.of("account_email_key UNIQUE (email)"), new Catalog(db.dataSource()).strings(
                "select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint "
                        + "where conname = 'account_email_key'"));
        assertEquals(List.of("true"), new Catalog(db.dataSource()).strings(
                "select indisvalid::text from pg_index where indexrelid = 'account_email_key'::regclass"));
    }

    @Test
    void anOfflineScriptIsOneTransactionPerMigration() {
        String script = schemac("online-script").online(false).script(null, null, false);
        assertTrue(script.contains("online mode off"), script);
        assertFalse(script.contains("concurrently"), script);
        assertFalse(script.contains("after the commit"), script);
        assertTrue(script.contains("values ('11', 'OnlineChanges', 'c11', 0, true);\ncommit;\n"), script);
    }

    @Test
    void everyOperationIsUnderItsClassification() {
        String script = schemac("online-script").script(null, null, false);
        assertTrue(script.contains("-- [data-dependent] add unique constraint account_email_key"), script);
        assertTrue(script.contains("-- [safe] create index account_email_idx on account: built concurrently"),
                script);
        assertTrue(script.contains("-- [safe] create table audit: new table\ncreate table audit"), script);
    }

    @Test
    void aScriptWaitsForLocksNoLongerThanMigrateAndCanRunAgainAfterwards() throws SQLException {
        schemac("accounts").migrate();
        Schemac schemac = schemac("online-script").lockTimeout(Duration.ofMillis(200), 1);
        String script = schemac.script(null, null, true);
        assertTrue(script.contains("set local lock_timeout = '200ms'"), script);

        try (Connection reader = db.dataSource().getConnection()) {
            reader.setAutoCommit(false);
            try (Statement st = reader.createStatement()) {
                st.execute("select count(*) from account"); // holds ACCESS SHARE until the rollback
            }
            AssertionError timedOut = assertThrows(AssertionError.class, () -> run(script));
            assertTrue(timedOut.getMessage().contains("lock timeout"), timedOut.getMessage());
            reader.rollback();
        }
        assertEquals(List.of(), new Catalog(db.dataSource()).strings(
                "select version from schemac_history where version in ('11', '15')"), "nothing of V11 applied");

        run(script);
        assertAllApplied("online-script", 3);
    }

    @Test
    void aScriptWithoutLockTimeoutHasNone() {
        String script = schemac("online-script").lockTimeout(Duration.ZERO, 1).script(null, null, false);
        assertFalse(script.contains("lock_timeout ="), script);
    }

    @Test
    void aRangeHasTheVersionsBetweenItsEndsIncluded() {
        String script = schemac("all").script("2", "2", false);
        assertTrue(script.contains("-- Migration 2 CreateUserAndOrder"), script);
        assertFalse(script.contains("-- Migration 1 "), script);
        assertFalse(script.contains("-- Migration 3 "), script);
        assertTrue(script.startsWith("-- schemac script: 1 migration(s) from 2 to 2,"), script);
    }

    @Test
    void destructiveOperationsAreMarkedWithTheirApproval() {
        String script = schemac("drop-name-approved").script(null, null, false);
        assertTrue(script.contains("-- [destructive] drop column customer.name: drops the column's values; "
                + "needs approveDataLoss (approved: names moved to the person table)\n"
                + "alter table customer drop column name;\n"), script);
        assertFalse(script.contains("[destructive] create table"), script);
    }

    @Test
    void unapprovedDestructiveOperationsAreMarkedAsRefused() {
        String script = schemac("drop-name").script(null, null, false);
        assertTrue(script.contains("-- [destructive] drop column customer.name: drops the column's values; "
                + "needs approveDataLoss (NOT APPROVED: migrate refuses it"),
                script);
    }

    @Test
    void aPendingScriptRefusesAHistoryThatNeedsAttention() {
        schemac("first-two").migrate();
        db.execute("update schemac_history set checksum = 'edited' where version = '1'");
        SchemacException e = assertThrows(SchemacException.class, () -> schemac("all").script(false));
        assertEquals(ErrorCode.HISTORY_NEEDS_ATTENTION, e.code());
        assertTrue(e.getMessage().contains("1 CHECKSUM_MISMATCH"), e.getMessage());
    }

    @Test
    void aRangeEndMustBeAVersion() {
        assertThrows(IllegalArgumentException.class, () -> schemac("all").script("v2", null, false));
    }

    private void assertAllApplied(int count) {
        assertAllApplied("all", count);
    }

    private void assertAllApplied(String index, int count) {
        MigrationStatus status = schemac(index).status();
        assertEquals(count, status.inState(MigrationState.APPLIED).size(), status::toTable);
        assertFalse(status.needsAttention(), status::toTable);
    }

    private Schemac schemac(String index) {
        return schemac(db, index);
    }

    private static Schemac schemac(TestDatabase database, String index) {
        return Schemac.configure(database.dataSource()).indexResource("migrations/" + index + ".idx");
    }

    /** The schema that migrate leaves on a database of its own. */
    private static List<String> schemaMigrated(String index) {
        try (TestDatabase other = TestDatabase.create()) {
            schemac(other, index).migrate();
            return schemaOf(other);
        }
    }

    /** Runs a script as a DBA would, with psql: statement by statement, stopping at the first error. */
    private void run(String script) {
        Psql.run(db, script);
    }

    /** What a migration leaves that the script must leave alike: columns, constraints and indexes (with validity). */
    private static List<String> schemaOf(TestDatabase database) {
        Catalog catalog = new Catalog(database.dataSource());
        return catalog.strings("select c.relname || ': ' || c.conname || ' ' || pg_get_constraintdef(c.oid) "
                + "|| case when c.convalidated then '' else ' NOT VALIDATED' end from (select r.relname, k.* "
                + "from pg_constraint k join pg_class r on r.oid = k.conrelid join pg_namespace n "
                + "on n.oid = r.relnamespace where n.nspname = 'public') c "
                + "union all select t.relname || ': ' || pg_get_indexdef(i.indexrelid) "
                + "|| case when i.indisvalid then '' else ' INVALID' end from pg_index i join pg_class t "
                + "on t.oid = i.indrelid join pg_namespace n on n.oid = t.relnamespace where n.nspname = 'public' "
                + "union all select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable "
                + "from information_schema.columns where table_schema = 'public' order by 1");
    }

    /** Compares with a file a reviewer can read; {@code -Dschemac.updateGolden=true} rewrites it. */
    private static void assertMatchesGolden(String name, String actual) throws IOException {
        Path file = Path.of("src", "test", "resources", "scripts", name);
        if (Boolean.getBoolean("schemac.updateGolden")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), () -> "no golden file " + file.toAbsolutePath()
                + "; run with -Dschemac.updateGolden=true. Actual:\n" + actual);
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from " + file);
    }
}
