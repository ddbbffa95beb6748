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
import dev.schemac.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
        assertEquals(golden("all-idempotent.sql"), schemac("all").script(null, null, true));
    }

    @Test
    void plainScriptMatchesItsGoldenFile() throws IOException {
        assertEquals(golden("all.sql"), schemac("all").script(null, null, false));
    }

    @Test
    void aPendingScriptRunLeavesWhatMigrateWouldLeave() throws SQLException {
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
    void anIdempotentScriptRunsEachMigrationOnceHoweverOftenItRuns() throws SQLException {
        schemac("first-two").migrate();
        String script = schemac("all").script(null, null, true);

        run(script);
        run(script);

        assertAllApplied(3);
        assertEquals(List.of("1", "2", "3"), new Catalog(db.dataSource()).strings(
                "select version from run_log order by version"), "V1 and V2 did not run again");
    }

    @Test
    void anIdempotentScriptCreatesTheHistoryTableOnAnEmptyDatabase() throws SQLException {
        run(schemac("all").script(null, null, true));
        assertAllApplied(3);
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
        assertTrue(script.contains("-- [destructive] drop column customer.name (approved: names moved to the "
                + "person table)\nalter table customer drop column name;\n"), script);
        assertFalse(script.contains("[destructive] create table"), script);
    }

    @Test
    void unapprovedDestructiveOperationsAreMarkedAsRefused() {
        String script = schemac("drop-name").script(null, null, false);
        assertTrue(script.contains("-- [destructive] drop column customer.name (NOT APPROVED: migrate refuses it"),
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
        MigrationStatus status = schemac("all").status();
        assertEquals(count, status.inState(MigrationState.APPLIED).size(), status::toTable);
        assertFalse(status.needsAttention(), status::toTable);
    }

    private Schemac schemac(String index) {
        return Schemac.configure(db.dataSource()).indexResource("migrations/" + index + ".idx");
    }

    private void run(String script) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute(script);
        }
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = ScriptWriterTest.class.getResourceAsStream("/scripts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file src/test/resources/scripts/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
