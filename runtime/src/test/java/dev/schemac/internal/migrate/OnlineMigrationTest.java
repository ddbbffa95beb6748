package dev.schemac.internal.migrate;

import static dev.schemac.internal.migrate.TestMigrations.migrate;
import static dev.schemac.internal.migrate.TestMigrations.refused;
import static dev.schemac.internal.migrate.TestMigrations.schemac;
import static dev.schemac.internal.migrate.TestMigrations.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.ErrorCode;
import dev.schemac.MigrationReport;
import dev.schemac.RepairReport;
import dev.schemac.SchemacException;
import dev.schemac.testing.Catalog;
import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Online mode on a real database: what each kind of change leaves, how a failed online step is recorded and
 * resumed, how repair cleans up, and that online mode off keeps one transaction per migration.
 */
@DatabaseTest
class OnlineMigrationTest {
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
    void changesExistingTablesOnlineAndNewTablesPlainly() {
        MigrationReport report = migrate(db, "online-changes");

        assertEquals(List.of("10", "11"), versions(report));
        // add column, index, foreign key and check (added, validated), not null (check, then set), create table,
        // its index and its foreign key
        assertEquals(11, report.applied().get(1).statements());
        assertEquals(List.of("account_email_idx|true", "audit_account_idx|true"), catalog.strings("select "
                + "c.relname || '|' || i.indisvalid from pg_index i join pg_class c on c.oid = i.indexrelid "
                + "where c.relname in ('account_email_idx', 'audit_account_idx') order by 1"));
        assertEquals(List.of("account_email_at|true", "account_owner_fk|true", "audit_account_fk|true"), validated());
        assertEquals(List.of("t"), catalog.strings("select attnotnull from pg_attribute "
                + "where attrelid = 'account'::regclass and attname = 'email'"));
        assertEquals(List.of(), catalog.strings("select conname from pg_constraint where conname like 'schemac_nn%'"));
        assertEquals(List.of("10|true", "11|true"), historyRows());
    }

    @Test
    void aFailedConcurrentIndexIsResumedAndItsInvalidLeftoverBuiltAgain() {
        migrate(db, "accounts");
        db.execute("update account set email = 'a1@example.com' where id = 2");

        SchemacException e = refused(ErrorCode.MIGRATION_FAILED, () -> migrate(db, "unique-email"));
        assertTrue(e.getMessage().contains("failed at online step 1 of 1:\n    create unique index concurrently if "
                + "not exists account_email_key on account (email)"), e.getMessage());
        assertTrue(e.getMessage().contains("recorded as unfinished"), e.getMessage());
        assertTrue(e.getMessage().contains("resumes its online steps"), e.getMessage());
        assertEquals(List.of("10|true", "12|false"), historyRows());
        assertTrue(catalog.columns("public", "account").contains("nickname text"), "the transaction committed");
        assertEquals(List.of("false"), indexValid("account_email_key"));

        // Still duplicated: the invalid index is dropped, built again, and fails again, with nothing else run.
        refused(ErrorCode.MIGRATION_FAILED, () -> migrate(db, "unique-email"));
        assertEquals(List.of("false"), indexValid("account_email_key"));

        db.execute("update account set email = 'a2@example.com' where id = 2");
        MigrationReport report = migrate(db, "unique-email");

        assertEquals(List.of("12"), versions(report));
        assertEquals(1, report.alreadyApplied());
        assertEquals(List.of("true"), indexValid("account_email_key"));
        assertEquals(List.of("10|true", "12|true"), historyRows());
        assertEquals(new MigrationReport(List.of(), 2), migrate(db, "unique-email"));
    }

    @Test
    void repairDropsTheInvalidIndexAndLeavesTheHistoryForMigrateToResume() {
        migrate(db, "accounts");
        db.execute("update account set email = 'a1@example.com' where id = 2");
        refused(ErrorCode.MIGRATION_FAILED, () -> migrate(db, "unique-email"));

        RepairReport repair = schemac(db, "unique-email").repair();

        assertEquals(new RepairReport(List.of("12"), List.of("account_email_key")), repair);
        assertEquals(List.of(), indexValid("account_email_key"));
        assertEquals(List.of("10|true", "12|false"), historyRows());
        assertEquals(new RepairReport(List.of("12"), List.of()), schemac(db, "unique-email").repair());

        db.execute("update account set email = 'a2@example.com' where id = 2");
        assertEquals(List.of("12"), versions(migrate(db, "unique-email")));
        assertEquals(new RepairReport(List.of(), List.of()), schemac(db, "unique-email").repair());
    }

    @Test
    void addsAUniqueConstraintThroughAConcurrentIndexAndResumesAfterDuplicates() {
        migrate(db, "accounts");
        db.execute("update account set email = 'a1@example.com' where id = 2");

        SchemacException e = refused(ErrorCode.MIGRATION_FAILED, () -> migrate(db, "unique-email-constraint"));
        assertTrue(e.getMessage().contains("failed at online step 1 of 1:\n    create unique index concurrently if "
                + "not exists account_email_key on account (email)"), e.getMessage());
        assertEquals(List.of("false"), indexValid("account_email_key"));
        assertEquals(List.of("10|true", "15|false"), historyRows());
        assertEquals(new RepairReport(List.of("15"), List.of("account_email_key")),
                schemac(db, "unique-email-constraint").repair());

        db.execute("update account set email = 'a2@example.com' where id = 2");
        assertEquals(List.of("15"), versions(migrate(db, "unique-email-constraint")));

        assertEquals(List.of("account_email_key|u|true"), catalog.strings("select conname || '|' || contype::text || '|' "
                + "|| convalidated from pg_constraint where conrelid = 'account'::regclass and contype = 'u'"));
        assertEquals(List.of("true"), indexValid("account_email_key"));
        assertEquals(List.of("10|true", "15|true"), historyRows());
    }

    @Test
    void validatesAForeignKeyAndSetsNotNullThroughACheckAfterTheCommit() {
        migrate(db, "accounts");
        db.execute("update account set owner_id = 99 where id = 5", "update account set owner_id = null where id = 6");

        SchemacException e = refused(ErrorCode.MIGRATION_FAILED, () -> migrate(db, "owner-required"));
        assertTrue(e.getMessage().contains("failed at online step 1 of 2:\n    alter table account validate "
                + "constraint account_owner_fk"), e.getMessage());
        // Added NOT VALID in the committed transaction: new rows are checked already.
        assertEquals(List.of("account_owner_fk|false", "schemac_nn_owner_id|false"), validated());
        refused(ErrorCode.MIGRATION_FAILED, () -> migrate(db, "owner-required"));

        db.execute("update account set owner_id = 1 where id = 5");
        e = refused(ErrorCode.MIGRATION_FAILED, () -> migrate(db, "owner-required"));
        assertTrue(e.getMessage().contains("failed at online step 2 of 2:\n    alter table account alter column "
                + "owner_id set not null"), e.getMessage());
        assertTrue(e.getMessage().contains("violated by some row"), e.getMessage());
        assertEquals(List.of("account_owner_fk|true", "schemac_nn_owner_id|false"), validated());

        db.execute("update account set owner_id = 1 where id = 6");
        assertEquals(List.of("13"), versions(migrate(db, "owner-required")));
        assertEquals(List.of("account_owner_fk|true"), validated());
        assertEquals(List.of("t"), catalog.strings("select attnotnull from pg_attribute "
                + "where attrelid = 'account'::regclass and attname = 'owner_id'"));
        assertEquals(List.of("10|true", "13|true"), historyRows());
    }

    @Test
    void offlineEachMigrationIsOneTransactionAgain() {
        migrate(db, "accounts");
        db.execute("update account set email = 'a1@example.com' where id = 2");

        SchemacException e = refused(ErrorCode.MIGRATION_FAILED,
                () -> schemac(db, "unique-email").online(false).migrate());
        assertTrue(e.getMessage().contains("failed at statement 2 of 2:\n    create unique index account_email_key "
                + "on account (email)"), e.getMessage());
        assertTrue(e.getMessage().contains("The migration was rolled back"), e.getMessage());
        assertTrue(!catalog.columns("public", "account").contains("nickname text"), "rolled back with the index");
        assertEquals(List.of(), indexValid("account_email_key"));
        assertEquals(List.of("10|true"), historyRows());

        db.execute("update account set email = 'a2@example.com' where id = 2");
        schemac(db, "unique-email").online(false).migrate();
        assertEquals(List.of("true"), indexValid("account_email_key"));
        assertEquals(List.of("10|true", "12|true"), historyRows());
    }

    @Test
    void anUnfinishedMigrationIsResumedOnlineEvenWithOnlineModeOffNow() {
        migrate(db, "accounts");
        db.execute("update account set email = 'a1@example.com' where id = 2");
        refused(ErrorCode.MIGRATION_FAILED, () -> migrate(db, "unique-email"));
        db.execute("update account set email = 'a2@example.com' where id = 2");

        assertEquals(List.of("12"), versions(schemac(db, "unique-email").online(false).migrate()));
        assertEquals(List.of("true"), indexValid("account_email_key"));
    }

    private List<String> validated() {
        return catalog.strings("select conname || '|' || convalidated from pg_constraint "
                + "where contype in ('c', 'f') and connamespace = 'public'::regnamespace order by conname");
    }

    private List<String> indexValid(String name) {
        return catalog.strings("select indisvalid::text from pg_index where indexrelid = to_regclass(?)", name);
    }

    private List<String> historyRows() {
        return catalog.strings("select version || '|' || success from schemac_history order by version::int");
    }
}
