package dev.schemac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calls a listener sees, in order, on real PostgreSQL. */
@DatabaseTest
class MigrationListenerTest {
    @Test
    void seesEachMigrationBetweenBeforeAndAfterMigrate() {
        try (TestDatabase db = TestDatabase.create()) {
            Recorder recorder = new Recorder();
            Schemac schemac = Schemac.configure(db.dataSource()).indexResource("migrations/first-two.idx")
                    .listener(recorder);

            schemac.migrate();
            schemac.migrate();

            assertEquals(List.of("beforeMigrate", "beforeEach 1 CreateCustomer", "afterEach 1",
                    "beforeEach 2 CreateUserAndOrder", "afterEach 2", "afterMigrate applied 2",
                    "beforeMigrate", "afterMigrate applied 0"), recorder.calls);
        }
    }

    @Test
    void seesTheFailureBeforeTheCaller() {
        try (TestDatabase db = TestDatabase.create()) {
            Recorder recorder = new Recorder();
            Schemac schemac = Schemac.configure(db.dataSource()).indexResource("migrations/broken.idx")
                    .listener(recorder);

            SchemacException e = assertThrows(SchemacException.class, schemac::migrate);

            assertEquals("onFailure " + e.code(), recorder.calls.get(recorder.calls.size() - 1));
            assertEquals("beforeMigrate", recorder.calls.get(0));
        }
    }

    @Test
    void aListenerThatThrowsBeforeAMigrationStopsTheRunBeforeIt() {
        try (TestDatabase db = TestDatabase.create()) {
            Schemac schemac = Schemac.configure(db.dataSource()).indexResource("migrations/first-two.idx")
                    .listener(new MigrationListener() {
                        @Override
                        public void beforeEach(String version, String description) {
                            if (version.equals("2")) {
                                throw new IllegalStateException("not now");
                            }
                        }
                    });

            assertThrows(IllegalStateException.class, schemac::migrate);

            assertEquals(List.of(MigrationState.APPLIED, MigrationState.PENDING),
                    schemac.status().entries().stream().map(MigrationStatus.Entry::state).toList());
        }
    }

    /** Notes every call. */
    private static final class Recorder implements MigrationListener {
        final List<String> calls = new ArrayList<>();

        @Override
        public void beforeMigrate() {
            calls.add("beforeMigrate");
        }

        @Override
        public void beforeEach(String version, String description) {
            calls.add("beforeEach " + version + " " + description);
        }

        @Override
        public void afterEach(AppliedMigration migration) {
            calls.add("afterEach " + migration.version());
        }

        @Override
        public void afterMigrate(MigrationReport report) {
            calls.add("afterMigrate applied " + report.applied().size());
        }

        @Override
        public void onFailure(SchemacException failure) {
            calls.add("onFailure " + failure.code());
        }
    }
}
