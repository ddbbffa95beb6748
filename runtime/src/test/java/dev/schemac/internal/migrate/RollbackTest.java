package dev.schemac.internal.migrate;

import static dev.schemac.internal.migrate.TestMigrations.migrate;
import static dev.schemac.internal.migrate.TestMigrations.refused;
import static dev.schemac.internal.migrate.TestMigrations.schemac;
import static dev.schemac.internal.migrate.TestMigrations.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.ErrorCode;
import dev.schemac.RollbackReport;
import dev.schemac.RolledBackMigration;
import dev.schemac.Schemac;
import dev.schemac.SchemacException;
import dev.schemac.testing.Catalog;
import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rollback runs the downs newer than the target, newest first, and refuses before any runs what it cannot undo. */
@DatabaseTest
class RollbackTest {
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
    void rollsBackTheTwoNewestMigrationsNewestFirstAndMigrateAppliesThemAgain() {
        migrate(db, "rollback-three");
        db.execute("insert into account (name, note) values ('ann', 'scratch')");

        RollbackReport report = schemac(db, "rollback-three").rollback("1");

        assertEquals("1", report.target());
        assertEquals(List.of("3", "2"), report.rolledBack().stream().map(RolledBackMigration::version).toList());
        assertEquals(List.of("IndexName", "AddNote"),
                report.rolledBack().stream().map(RolledBackMigration::description).toList());
        assertTrue(report.rolledBack().stream().allMatch(m -> m.statements() == 1 && !m.duration().isNegative()));
        assertEquals(List.of("1"), allHistory());
        assertEquals(List.of("id bigint not null identity", "name character varying(100) not null"),
                catalog.columns("public", "account"));
        assertFalse(catalog.relationExists("public", "account_name_idx"));
        assertEquals(List.of("ann"), catalog.strings("select name from account"), "the rows stay");

        assertEquals(List.of("2", "3"), versions(migrate(db, "rollback-three")));
        assertTrue(catalog.relationExists("public", "account_name_idx"));
    }

    @Test
    void theTargetZeroRollsBackEveryMigration() {
        migrate(db, "rollback-three");

        RollbackReport report = schemac(db, "rollback-three").rollback(Schemac.ROLLBACK_EVERYTHING);

        assertEquals(List.of("3", "2", "1"), report.rolledBack().stream().map(RolledBackMigration::version).toList());
        assertEquals(List.of(), allHistory());
        assertFalse(catalog.relationExists("public", "account"));
        assertEquals(List.of(), schemac(db, "rollback-three").rollback("0").rolledBack(), "nothing left to undo");
    }

    @Test
    void rollingBackToTheNewestVersionDoesNothing() {
        migrate(db, "rollback-three");

        assertEquals(List.of(), schemac(db, "rollback-three").rollback("3").rolledBack());
        assertEquals(List.of("1", "2", "3"), allHistory());
    }

    @Test
    void anUnapprovedDestructiveDownIsRefusedBeforeAnyDownRuns() {
        migrate(db, "rollback-unapproved");

        SchemacException e = refused(ErrorCode.DATA_LOSS_NOT_APPROVED,
                () -> schemac(db, "rollback-unapproved").rollback("1"));

        assertTrue(e.getMessage().startsWith("DATA_LOSS_NOT_APPROVED: Rollback refused, nothing was rolled back: the down() of migration 2 "
                + "AddNoteUnapproved"), e.getMessage());
        assertTrue(e.getMessage().contains("drop column account.note"), e.getMessage());
        assertEquals(List.of("1", "2", "3"), allHistory());
        assertTrue(catalog.relationExists("public", "account_name_idx"), "the down of 3, newer, did not run either");
    }

    @Test
    void forbidDestructiveRefusesAnApprovedDestructiveDown() {
        migrate(db, "rollback-three");

        SchemacException e = refused(ErrorCode.DESTRUCTIVE_FORBIDDEN,
                () -> schemac(db, "rollback-three").forbidDestructive(true).rollback("1"));

        assertTrue(e.getMessage().contains("migration 2 AddNote"), e.getMessage());
        assertEquals(List.of("1", "2", "3"), allHistory());
        assertTrue(catalog.relationExists("public", "account_name_idx"));
    }

    @Test
    void aMigrationWithoutDownIsRefusedByName() {
        migrate(db, "rollback-no-down");

        SchemacException e = refused(ErrorCode.DOWN_MISSING, () -> schemac(db, "rollback-no-down").rollback("1"));

        assertTrue(e.getMessage().startsWith("DOWN_MISSING: migration 3 NoDown (dev.schemac.internal.migrate.fixtures.rollback"
                + ".V3__NoDown) has no down(), so it cannot be rolled back. Nothing was rolled back."), e.getMessage());
        assertEquals(List.of("1", "2", "3"), allHistory());
        assertTrue(catalog.columns("public", "account").contains("note text"));
    }

    @Test
    void aFailingDownIsRolledBackAndStopsTheRollbackNamingTheStatement() {
        migrate(db, "rollback-failing-down");
        db.execute("insert into account (name) values ('ann')");

        SchemacException e = refused(ErrorCode.MIGRATION_FAILED,
                () -> schemac(db, "rollback-failing-down").rollback("1"));

        assertTrue(e.getMessage().startsWith("MIGRATION_FAILED: the rollback of migration 3 FailingDown (dev.schemac.internal.migrate"
                + ".fixtures.rollback.V3__FailingDown) failed at down statement 2 of 2:\n    comment on table "
                + "no_such_table is 'x'\nPostgreSQL: "), e.getMessage());
        assertTrue(e.getMessage().contains("(SQLState 42P01)"), e.getMessage());
        assertTrue(e.getMessage().contains("the migration stays applied and recorded"), e.getMessage());
        assertEquals(List.of("ann"), catalog.strings("select name from account"), "the update was rolled back");
        assertEquals(List.of("1", "2", "3"), allHistory());
        assertTrue(catalog.columns("public", "account").contains("note text"), "2 was not rolled back");
    }

    @Test
    void aTargetThatIsNotAnAppliedVersionOfTheCodeIsRefused() {
        migrate(db, "rollback-three");
        db.execute("delete from schemac_history where version = '3'");

        assertTrue(refused(ErrorCode.ROLLBACK_TARGET_INVALID, () -> schemac(db, "rollback-three").rollback("7"))
                .getMessage().contains("the code has no migration with that version"));
        assertTrue(refused(ErrorCode.ROLLBACK_TARGET_INVALID, () -> schemac(db, "rollback-three").rollback("3"))
                .getMessage().contains("that migration is not applied in schemac_history"));
        assertTrue(refused(ErrorCode.ROLLBACK_TARGET_INVALID, () -> schemac(db, "rollback-three").rollback("v1"))
                .getMessage().contains("not 'v1'"));
        refused(ErrorCode.ROLLBACK_TARGET_INVALID, () -> schemac(db, "rollback-three").rollback(null));
        assertEquals(List.of("1", "2"), allHistory());
    }

    @Test
    void anUnfinishedMigrationNewerThanTheTargetIsRefused() {
        migrate(db, "rollback-three");
        db.execute("update schemac_history set success = false where version = '3'");

        SchemacException e = refused(ErrorCode.MIGRATION_UNFINISHED,
                () -> schemac(db, "rollback-three").rollback("1"));

        assertTrue(e.getMessage().contains("migration 3 IndexName"), e.getMessage());
        assertTrue(e.getMessage().contains("Finish it first"), e.getMessage());
        assertEquals(List.of("1", "2", "3"), allHistory());
    }

    @Test
    void anAppliedMigrationNewerThanTheTargetThatTheCodeLacksIsRefused() {
        migrate(db, "rollback-three");
        db.execute("insert into schemac_history (version, description, checksum, duration_ms, success) "
                + "values ('9', 'FromANewerRelease', 'x', 1, true)");

        SchemacException e = refused(ErrorCode.APPLIED_MIGRATION_NOT_IN_CODE,
                () -> schemac(db, "rollback-three").rollback("1"));

        assertTrue(e.getMessage().contains("applied migrations [9], newer than the target"), e.getMessage());
        assertEquals(List.of("1", "2", "3", "9"), allHistory());
    }

    @Test
    void aChangedChecksumIsRefusedLikeMigrateRefusesIt() {
        migrate(db, "rollback-three");
        db.execute("update schemac_history set checksum = 'edited' where version = '2'");

        refused(ErrorCode.CHECKSUM_MISMATCH, () -> schemac(db, "rollback-three").rollback("1"));
        assertEquals(List.of("1", "2", "3"), allHistory());
    }

    /** Every recorded version, finished or not, in version order. */
    private List<String> allHistory() {
        return catalog.strings("select version from schemac_history order by version::numeric");
    }
}
