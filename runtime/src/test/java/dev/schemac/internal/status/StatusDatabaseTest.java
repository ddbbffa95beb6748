package dev.schemac.internal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemac.ErrorCode;
import dev.schemac.MigrationState;
import dev.schemac.MigrationStatus;
import dev.schemac.Schemac;
import dev.schemac.SchemacException;
import dev.schemac.internal.migrate.fixtures.V1__CreateCustomer;
import dev.schemac.testing.Catalog;
import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Schemac#status()} on real PostgreSQL: it reads and never writes. */
@DatabaseTest
class StatusDatabaseTest {
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
    void aNewDatabaseHasEverythingPendingAndStaysUntouched() {
        int instances = V1__CreateCustomer.INSTANCES.get();

        MigrationStatus status = schemac("all").status();

        assertEquals(List.of(MigrationState.PENDING, MigrationState.PENDING, MigrationState.PENDING), states(status));
        assertEquals(List.of("f"), new Catalog(db.dataSource()).strings(
                "select (to_regclass('schemac_history') is not null)::text::char"), "no history table created");
        assertEquals(instances, V1__CreateCustomer.INSTANCES.get(), "no migration class loaded");
    }

    @Test
    void showsWhatMigrateWouldRefuseWithoutRefusing() {
        schemac("first-two").migrate();
        db.execute("update schemac_history set checksum = 'edited' where version = '2'",
                "delete from schemac_history where version = '1'",
                "insert into schemac_history (version, description, checksum, duration_ms, success) "
                        + "values ('0', 'Gone', 'c0', 1, true)");

        MigrationStatus status = schemac("all").status();

        assertEquals(List.of("0 UNKNOWN_TO_CODE", "1 OUT_OF_ORDER", "2 CHECKSUM_MISMATCH", "3 PENDING"),
                status.entries().stream().map(e -> e.version() + " " + e.state()).toList());
        assertEquals("Gone", status.entries().get(0).description());
    }

    @Test
    void aTableOfAnotherToolIsNotReadAsAHistory() {
        db.execute("create table schemac_history (id integer)");
        SchemacException e = assertThrows(SchemacException.class, () -> schemac("all").status());
        assertEquals(ErrorCode.HISTORY_TABLE_INVALID, e.code());
    }

    private Schemac schemac(String index) {
        return Schemac.configure(db.dataSource()).indexResource("migrations/" + index + ".idx");
    }

    private static List<MigrationState> states(MigrationStatus status) {
        return status.entries().stream().map(MigrationStatus.Entry::state).toList();
    }
}
