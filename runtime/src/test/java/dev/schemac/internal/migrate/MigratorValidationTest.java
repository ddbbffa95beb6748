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

import dev.schemac.ErrorCode;
import dev.schemac.MigrationReport;
import dev.schemac.SchemacException;
import dev.schemac.testing.Catalog;
import dev.schemac.testing.TestDatabase;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checks of the history against the code, at the fast path and under the lock. */
@DatabaseTest
class MigratorValidationTest {
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
    void refusesAnAppliedMigrationThatChanged() {
        migrate(db, "first-two");
        SchemacException e = refused(ErrorCode.CHECKSUM_MISMATCH, () -> migrate(db, "first-two-edited"));

        assertTrue(e.getMessage().contains("migration 2 CreateUserAndOrder "
                + "(dev.schemac.internal.migrate.fixtures.V2__CreateUserAndOrder)"), e.getMessage());
        assertTrue(e.getMessage().contains("applied with checksum c2 but its source now has checksum c2-edited"),
                e.getMessage());
        assertTrue(e.getMessage().contains("revert the edit"), e.getMessage());
    }

    @Test
    void refusesAChangedMigrationEvenWhenOthersArePending() {
        migrate(db, "first");
        db.execute("update schemac_history set checksum = 'old' where version = '1'");

        refused(ErrorCode.CHECKSUM_MISMATCH, () -> migrate(db, "all"));
        assertEquals(List.of("1"), history(db));
    }

    @Test
    void refusesAnAppliedMigrationOlderThanTheCodesNewestThatTheCodeLacks() {
        migrate(db, "all");
        SchemacException e = refused(ErrorCode.APPLIED_MIGRATION_NOT_IN_CODE, () -> migrate(db, "without-first"));

        assertTrue(e.getMessage().contains("applied migrations [1]"), e.getMessage());
        assertTrue(e.getMessage().contains("newest migration 3"), e.getMessage());
    }

    @Test
    void leavesAloneMigrationsThatANewerReleaseApplied() {
        migrate(db, "all");
        MigrationReport older;
        List<LogRecord> warnings;
        try (LogCapture capture = new LogCapture(Level.WARNING)) {
            older = migrate(db, "first-two");
            warnings = capture.records();
        }

        assertEquals(List.of(), older.applied());
        assertEquals(2, older.alreadyApplied());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).getMessage().contains("newer than this application's: [3]"),
                warnings.get(0).getMessage());
    }

    @Test
    void refusesAPendingMigrationOlderThanTheNewestApplied() {
        migrate(db, "without-second");
        SchemacException e = refused(ErrorCode.OUT_OF_ORDER, () -> migrate(db, "all"));

        assertTrue(e.getMessage().contains("migration 2 CreateUserAndOrder"), e.getMessage());
        assertTrue(e.getMessage().contains("older than migration 3"), e.getMessage());
        assertTrue(e.getMessage().contains("allowOutOfOrder(true)"), e.getMessage());
        assertEquals(List.of("1", "3"), history(db));
    }

    @Test
    void appliesAPendingMigrationOutOfOrderWhenAllowed() {
        migrate(db, "without-second");
        MigrationReport report = schemac(db, "all").allowOutOfOrder(true).migrate();

        assertEquals(List.of("2"), versions(report));
        assertEquals(2, report.alreadyApplied());
        assertEquals(List.of("1", "2", "3"), history(db));
    }

    @Test
    void resumesAnUnfinishedMigrationInsteadOfRunningItsTransactionAgain() {
        migrate(db, "first-two");
        db.execute("update schemac_history set success = false where version = '2'");

        MigrationReport report = migrate(db, "all");

        assertEquals(List.of("2", "3"), versions(report));
        assertEquals(1, report.alreadyApplied());
        assertEquals(List.of("1", "2", "3"), history(db));
        assertEquals(List.of("1", "2", "3"), runLog(db), "version 2 ran once");
    }

    @Test
    void refusesAHistoryTableOfAnotherShape() {
        db.execute("create table schemac_history (id int primary key, version text)");

        SchemacException e = refused(ErrorCode.HISTORY_TABLE_INVALID, () -> migrate(db, "first"));
        assertTrue(e.getMessage().contains("lacks the columns [description, checksum, applied_at, applied_by, "
                + "duration_ms, success]"), e.getMessage());
    }

    /** The fast path reads three columns; the check under the lock finds the others missing. */
    @Test
    void refusesAHistoryTableWithOnlyTheColumnsTheFastPathReads() {
        db.execute("create table schemac_history (version text, checksum text, success boolean)");

        SchemacException e = refused(ErrorCode.HISTORY_TABLE_INVALID, () -> migrate(db, "first"));
        assertTrue(e.getMessage().contains("lacks the columns [description, applied_at, applied_by, duration_ms]"),
                e.getMessage());
    }

    @Test
    void refusesQuotesInTheHistoryTableName() {
        SchemacException e = refused(ErrorCode.HISTORY_TABLE_INVALID,
                () -> schemac(db, "first").historyTable("\"Weird\".\"Hist\"").migrate());

        assertTrue(e.getMessage().contains("'\"Weird\".\"Hist\"'"), e.getMessage());
        assertTrue(e.getMessage().contains("as PostgreSQL stores them"), e.getMessage());
        assertTrue(e.getMessage().contains("Ops.History"), e.getMessage());
        assertFalse(new Catalog(db.dataSource()).schemaExists("\"Weird\""), "created a schema named with quotes");
    }

    @Test
    void refusesAHistoryTableNameWithTooManyParts() {
        SchemacException e = refused(ErrorCode.HISTORY_TABLE_INVALID,
                () -> schemac(db, "first").historyTable("a.b.c").migrate());
        assertTrue(e.getMessage().contains("'a.b.c'"), e.getMessage());
    }
}
