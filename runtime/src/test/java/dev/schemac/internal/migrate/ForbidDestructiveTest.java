package dev.schemac.internal.migrate;

import static dev.schemac.internal.migrate.TestMigrations.history;
import static dev.schemac.internal.migrate.TestMigrations.migrate;
import static dev.schemac.internal.migrate.TestMigrations.refused;
import static dev.schemac.internal.migrate.TestMigrations.schemac;
import static dev.schemac.internal.migrate.TestMigrations.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.ErrorCode;
import dev.schemac.SchemacException;
import dev.schemac.testing.Catalog;
import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where destructive migrations are forbidden, even an approved one is refused before anything runs. */
@DatabaseTest
class ForbidDestructiveTest {
    private TestDatabase db;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create();
        migrate(db, "first");
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void refusesAnApprovedDropWhenForbidden() {
        SchemacException e = refused(ErrorCode.DESTRUCTIVE_FORBIDDEN,
                () -> schemac(db, "drop-name-approved").forbidDestructive(true).migrate());

        assertTrue(e.getMessage().contains("migration 3 DropNameApproved"), e.getMessage());
        assertTrue(e.getMessage().contains("would destroy data: drop column customer.name. Nothing of it ran."),
                e.getMessage());
        assertTrue(e.getMessage().contains("forbidDestructive(true), the system property schemac.forbidDestructive "
                + "or the environment variable SCHEMAC_FORBID_DESTRUCTIVE"), e.getMessage());
        assertTrue(new Catalog(db.dataSource()).columns("public", "customer").contains(
                "name character varying(100) not null"));
        assertEquals(List.of("1"), history(db));
    }

    @Test
    void theSystemPropertyForbidsAndTheSettingOverridesIt() {
        System.setProperty(MigrationSettings.FORBID_DESTRUCTIVE_PROPERTY, "true");
        try {
            refused(ErrorCode.DESTRUCTIVE_FORBIDDEN, () -> migrate(db, "drop-name-approved"));
            assertEquals(List.of("3"),
                    versions(schemac(db, "drop-name-approved").forbidDestructive(false).migrate()));
        } finally {
            System.clearProperty(MigrationSettings.FORBID_DESTRUCTIVE_PROPERTY);
        }
    }

    @Test
    void anUnapprovedDropIsStillReportedAsNotApproved() {
        refused(ErrorCode.DATA_LOSS_NOT_APPROVED, () -> schemac(db, "drop-name").forbidDestructive(true).migrate());
    }
}
