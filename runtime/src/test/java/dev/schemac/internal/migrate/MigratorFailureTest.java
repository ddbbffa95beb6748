package dev.schemac.internal.migrate;

import dev.schemac.testing.DatabaseTest;
import static dev.schemac.internal.migrate.TestMigrations.history;
import static dev.schemac.internal.migrate.TestMigrations.migrate;
import static dev.schemac.internal.migrate.TestMigrations.refused;
import static dev.schemac.internal.migrate.TestMigrations.runLog;
import static dev.schemac.internal.migrate.TestMigrations.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.ErrorCode;
import dev.schemac.MigrationReport;
import dev.schemac.Schemac;
import dev.schemac.SchemacException;
import dev.schemac.testing.Catalog;
import dev.schemac.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Migrations that fail or are refused leave nothing of themselves behind. */
@DatabaseTest
class MigratorFailureTest {
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
    void aFailingStatementRollsBackItsWholeMigration() {
        SchemacException e = refused(ErrorCode.MIGRATION_FAILED, () -> migrate(db, "broken"));

        assertTrue(e.getMessage().contains("migration 3 Broken (dev.schemac.internal.migrate.fixtures.V3__Broken)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("statement 3 of 4:\n    insert into no_such_table (x) values (1)\n"),
                e.getMessage());
        assertTrue(e.getMessage().contains("no_such_table"), e.getMessage());
        assertTrue(e.getMessage().contains("SQLState 42P01"), e.getMessage());
        assertFalse(catalog.relationExists("public", "broken_side"), "statement 1 of the failed migration stayed");
        assertEquals(List.of("1"), history(db), "the migration before it stays applied");
        assertEquals(List.of("1"), runLog(db));
    }

    @Test
    void aFailedMigrationRunsAgainAtTheNextStart() {
        refused(ErrorCode.MIGRATION_FAILED, () -> migrate(db, "broken"));
        db.execute("create table no_such_table (x int)");

        MigrationReport report = migrate(db, "broken");
        assertEquals(List.of("3"), versions(report));
        assertEquals(List.of("1", "3"), history(db));
        assertEquals(List.of("1"), catalog.strings("select count(*) from broken_side"));
    }

    @Test
    void aFailedCommitRollsBackTheMigration() {
        SchemacException e = refused(ErrorCode.MIGRATION_FAILED, () -> migrate(db, "violates-at-commit"));

        assertTrue(e.getMessage().contains("migration 3 ViolatesAtCommit"), e.getMessage());
        assertTrue(e.getMessage().contains("failed at the commit"), e.getMessage());
        assertTrue(e.getMessage().contains("SQLState 23503"), e.getMessage());
        assertTrue(e.getMessage().contains("was rolled back"), e.getMessage());
        assertFalse(catalog.relationExists("public", "deferred_parent"));
        assertEquals(List.of("1"), history(db));
    }

    @Test
    void aLostConnectionLeavesNothingOfTheMigration() {
        SchemacException e = refused(ErrorCode.MIGRATION_FAILED, () -> migrate(db, "loses-connection"));

        assertTrue(e.getMessage().contains("migration 3 LosesConnection"), e.getMessage());
        assertTrue(e.getMessage().contains("failed at statement 2 of 2:\n    select pg_terminate_backend("
                + "pg_backend_pid())"), e.getMessage());
        assertTrue(e.getMessage().contains("was rolled back"), e.getMessage());
        assertFalse(catalog.relationExists("public", "lost_side"));
        assertEquals(List.of("1"), history(db));
    }

    @Test
    void aConnectionLostAtCommitSaysTheOutcomeIsUnknownAndTheNextStartSettlesIt() {
        migrate(db, "first");
        SchemacException e = refused(ErrorCode.MIGRATION_FAILED, () -> Schemac
                .configure(new CommitCuttingDataSource(db.dataSource())).indexResource("migrations/all.idx").migrate());

        assertTrue(e.getMessage().contains("migration 2 CreateUserAndOrder"), e.getMessage());
        assertTrue(e.getMessage().contains("failed at the commit"), e.getMessage());
        assertTrue(e.getMessage().contains("if the history table has a row for version 2 the migration is applied"),
                e.getMessage());
        assertEquals(List.of("1"), history(db), "the session ended before the commit reached PostgreSQL");

        assertEquals(List.of("2", "3"), versions(migrate(db, "all")));
    }

    @Test
    void unapprovedDataLossIsRefusedBeforeAnyStatementOfTheMigration() {
        migrate(db, "first");
        SchemacException e = refused(ErrorCode.DATA_LOSS_NOT_APPROVED, () -> migrate(db, "drop-name"));

        assertTrue(e.getMessage().contains("migration 3 DropName (dev.schemac.internal.migrate.fixtures"
                + ".V3__DropName)"), e.getMessage());
        assertTrue(e.getMessage().contains("drop column customer.name"), e.getMessage());
        assertTrue(e.getMessage().contains("approveDataLoss(\"<why this loss is fine>\")"), e.getMessage());
        assertFalse(catalog.relationExists("public", "loss_side"), "the create table before the drop ran");
        assertTrue(catalog.columns("public", "customer").contains("name character varying(100) not null"));
        assertEquals(List.of("1"), history(db));
    }

    @Test
    void aRefusedMigrationStopsTheRunBeforeEarlierPendingOnes() {
        refused(ErrorCode.DATA_LOSS_NOT_APPROVED, () -> migrate(db, "drop-name"));

        assertFalse(catalog.relationExists("public", "customer"));
        assertEquals(List.of(), history(db));
    }

    @Test
    void approvedDataLossRuns() {
        migrate(db, "first");
        MigrationReport report = migrate(db, "drop-name-approved");

        assertEquals(List.of("3"), versions(report));
        assertTrue(catalog.relationExists("public", "loss_side"));
        assertEquals(List.of("id bigint not null identity"), catalog.columns("public", "customer"));
    }

    @Test
    void aFailedStatementSpanningLinesIsIndentedWhole() {
        SchemacException e = refused(ErrorCode.MIGRATION_FAILED, () -> migrate(db, "multi-line-failure"));

        assertTrue(e.getMessage().contains("statement 1 of 1:\n    create table multi_line (\n        a integer,\n"
                + "        b no_such_type\n    )\nPostgreSQL: "), e.getMessage());
    }

    @Test
    void aStatementSmuggledIntoADefaultIsRefusedBeforeAnythingRuns() {
        migrate(db, "first");
        SchemacException e = refused(ErrorCode.MIGRATION_CLASS_INVALID, () -> migrate(db, "smuggles-drop"));

        assertTrue(e.getMessage().contains("migration 3 SmugglesDropThroughDefault"), e.getMessage());
        assertTrue(e.getMessage().contains("single SQL expression"), e.getMessage());
        assertTrue(catalog.relationExists("public", "customer"), "the smuggled drop ran");
        assertEquals(List.of("1"), history(db));
    }

    @Test
    void aMigrationThatCommitsHalfwayIsRefusedBeforeAnythingRuns() {
        SchemacException e = refused(ErrorCode.MIGRATION_CLASS_INVALID, () -> migrate(db, "commits-halfway"));

        assertTrue(e.getMessage().contains("migration 3 CommitsHalfway"), e.getMessage());
        assertTrue(e.getMessage().contains("'commit'"), e.getMessage());
        assertFalse(catalog.relationExists("public", "half_a"), "the statement before the commit stayed");
        assertFalse(catalog.relationExists("public", "customer"), "nothing runs when a pending class is bad");
        assertEquals(List.of(), history(db));
    }

    @Test
    void anErrorThrownFromUpIsReportedAgainstTheMigration() {
        SchemacException e = refused(ErrorCode.MIGRATION_CLASS_INVALID, () -> migrate(db, "assertion-in-up"));

        assertTrue(e.getMessage().contains("migration 4 FailsAnAssertionInUp"), e.getMessage());
        assertTrue(e.getMessage().contains("the entity model is not what this migration expects"), e.getMessage());
        assertTrue(e.getCause() instanceof AssertionError, String.valueOf(e.getCause()));
        assertFalse(catalog.relationExists("public", "never"));
    }

    @Test
    void refusesAClassThatIsMissing() {
        SchemacException e = refused(ErrorCode.MIGRATION_CLASS_INVALID, () -> migrate(db, "missing-class"));

        assertTrue(e.getMessage().contains("migration 2 Missing (dev.schemac.internal.migrate.fixtures.V2__Missing)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("cannot be loaded"), e.getMessage());
        assertFalse(catalog.relationExists("public", "customer"), "nothing runs when a pending class is bad");
    }

    @Test
    void refusesAClassThatIsNotAMigration() {
        SchemacException e = refused(ErrorCode.MIGRATION_CLASS_INVALID, () -> migrate(db, "not-a-migration"));

        assertTrue(e.getMessage().contains("migration 2 String (java.lang.String)"), e.getMessage());
        assertTrue(e.getMessage().contains("does not implement dev.schemac.Migration"), e.getMessage());
    }

    @Test
    void refusesAClassWithoutANoArgumentConstructor() {
        SchemacException e = refused(ErrorCode.MIGRATION_CLASS_INVALID, () -> migrate(db, "no-default-constructor"));

        assertTrue(e.getMessage().contains("migration 4 NoDefaultConstructor"), e.getMessage());
        assertTrue(e.getMessage().contains("public no-argument constructor"), e.getMessage());
    }

    @Test
    void refusesAMigrationWhoseUpThrows() {
        SchemacException e = refused(ErrorCode.MIGRATION_CLASS_INVALID, () -> migrate(db, "throws-in-up"));

        assertTrue(e.getMessage().contains("migration 4 ThrowsInUp"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot describe this change"), e.getMessage());
        assertFalse(catalog.relationExists("public", "never"));
    }
}
