package dev.schemac.internal.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemac.ErrorCode;
import dev.schemac.MigrationReport;
import dev.schemac.Schemac;
import dev.schemac.SchemacException;
import dev.schemac.testing.Catalog;
import dev.schemac.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

/** Runs the fixture indexes of src/test/resources/migrations on a test database and reads the outcome. */
final class TestMigrations {
    private TestMigrations() {
    }

    /** Settings that read {@code migrations/<index>.idx}. */
    static Schemac schemac(TestDatabase db, String index) {
        return Schemac.configure(db.dataSource()).indexResource("migrations/" + index + ".idx");
    }

    static MigrationReport migrate(TestDatabase db, String index) {
        return schemac(db, index).migrate();
    }

    /** Runs the action, which must fail with that code, and returns the failure for more checks. */
    static SchemacException refused(ErrorCode code, Executable action) {
        SchemacException e = assertThrows(SchemacException.class, action);
        assertEquals(code, e.code(), e::getMessage);
        return e;
    }

    /** The versions recorded in the default history table, in version order. */
    static List<String> history(TestDatabase db) {
        return new Catalog(db.dataSource()).strings(
                "select version from schemac_history where success order by version::numeric");
    }

    /** The versions the fixture migrations noted in {@code run_log}, sorted. */
    static List<String> runLog(TestDatabase db) {
        return new Catalog(db.dataSource()).strings("select version from run_log order by version");
    }

    static List<String> versions(MigrationReport report) {
        return report.applied().stream().map(a -> a.version()).toList();
    }
}
