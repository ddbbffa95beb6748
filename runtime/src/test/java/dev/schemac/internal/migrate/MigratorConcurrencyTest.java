package dev.schemac.internal.migrate;

import dev.schemac.testing.DatabaseTest;
import static dev.schemac.internal.migrate.TestMigrations.history;
import static dev.schemac.internal.migrate.TestMigrations.migrate;
import static dev.schemac.internal.migrate.TestMigrations.runLog;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.MigrationReport;
import dev.schemac.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/** Application instances that start at the same time, each with its own connection to the same database. */
@DatabaseTest
class MigratorConcurrencyTest {
    private static final int INSTANCES = 4;

    private TestDatabase db;
    private ExecutorService threads;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create();
        threads = Executors.newFixedThreadPool(INSTANCES);
    }

    @AfterEach
    void dropDatabase() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        db.close();
    }

    @RepeatedTest(3)
    void concurrentStartsApplyEachMigrationExactlyOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MigrationReport>> reports = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            reports.add(threads.submit(() -> {
                start.await();
                return migrate(db, "all");
            }));
        }
        start.countDown();

        List<String> applied = new ArrayList<>();
        for (Future<MigrationReport> report : reports) {
            MigrationReport r = report.get(60, TimeUnit.SECONDS);
            r.applied().forEach(a -> applied.add(a.version()));
            assertEquals(3, r.applied().size() + r.alreadyApplied(), r.toString());
        }
        applied.sort(null);
        assertEquals(List.of("1", "2", "3"), applied);
        assertEquals(List.of("1", "2", "3"), history(db));
        assertEquals(List.of("1", "2", "3"), runLog(db));
    }

    @RepeatedTest(2)
    void concurrentStartsOfAnOlderAndANewerReleaseApplyEachMigrationOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MigrationReport>> reports = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            String index = i % 2 == 0 ? "first-two" : "all";
            reports.add(threads.submit(() -> {
                start.await();
                return migrate(db, index);
            }));
        }
        start.countDown();
        for (Future<MigrationReport> report : reports) {
            report.get(60, TimeUnit.SECONDS);
        }
        assertEquals(List.of("1", "2", "3"), history(db));
        assertEquals(List.of("1", "2", "3"), runLog(db));
    }
}
