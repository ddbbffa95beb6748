package dev.schemac.internal.migrate;

import static dev.schemac.internal.migrate.TestMigrations.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.ErrorCode;
import dev.schemac.SchemacException;
import dev.schemac.internal.index.IndexEntry;
import dev.schemac.operation.ExecuteSql;
import dev.schemac.operation.Operation;
import dev.schemac.testing.Catalog;
import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The runner notices when a migration's statements ended the transaction it opened, whatever got them past
 * the refusal of transaction control in {@code ExecuteSql}, and then does not claim a rollback or record it.
 */
@DatabaseTest
class MigrationRunnerTest {
    private static final IndexEntry ENTRY = new IndexEntry("7", "EndsItsTransaction", "c7", "example.V7");

    private TestDatabase db;
    private Catalog catalog;
    private HistoryTable history;

    @BeforeEach
    void createDatabase() throws SQLException {
        db = TestDatabase.create();
        catalog = new Catalog(db.dataSource());
        history = new HistoryTable("schemac_history");
        try (Connection connection = db.dataSource().getConnection()) {
            history.createOrCheck(connection);
        }
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void appliesAndRecordsAMigrationThatKeepsItsTransaction() throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            new MigrationRunner(history, new LockTimeoutRetry(Duration.ofSeconds(5), 1)).apply(connection, migration("create table kept (x int)",
                    "savepoint s", "insert into kept values (1)", "rollback to savepoint s"));
        }
        assertTrue(catalog.relationExists("public", "kept"));
        assertEquals(List.of("0"), catalog.strings("select count(*) from kept"));
        assertEquals(List.of("7"), catalog.strings("select version from schemac_history"));
    }

    @Test
    void aCommitFromACodeBlockIsRefusedByPostgresAndRolledBack() {
        // The runner relies on this instead of checking its transaction id after every migration.
        SchemacException e = refused(ErrorCode.MIGRATION_FAILED, () -> apply(
                "create table half_a (x int)", "do $$ begin commit; end $$", "create table half_b (x int)"));

        assertTrue(e.getMessage().contains("failed at statement 2 of 3"), e.getMessage());
        assertTrue(e.getMessage().contains("The migration was rolled back"), e.getMessage());
        assertFalse(catalog.relationExists("public", "half_a"), "rolled back with the migration");
        assertEquals(List.of(), catalog.strings("select version from schemac_history"));
    }

    @Test
    void aFailureInItsOwnTransactionStillSaysRolledBack() {
        SchemacException e = refused(ErrorCode.MIGRATION_FAILED, () -> apply(
                "create table whole (x int)", "select 1/0"));

        assertTrue(e.getMessage().contains("The migration was rolled back"), e.getMessage());
        assertFalse(e.getMessage().contains("partly applied"), e.getMessage());
        assertFalse(catalog.relationExists("public", "whole"));
    }

    private void apply(String... statements) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            new MigrationRunner(history, new LockTimeoutRetry(Duration.ofSeconds(5), 1)).apply(connection, migration(statements));
        }
    }

    private static PendingMigration migration(String... statements) {
        List<Operation> operations = Arrays.stream(statements).<Operation>map(s -> new ExecuteSql(s, null)).toList();
        return new PendingMigration(ENTRY, new ExecutionPlanner(true).plan(operations));
    }
}
