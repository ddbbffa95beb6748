package dev.schemac.internal.migrate;

import static dev.schemac.internal.migrate.TestMigrations.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.ErrorCode;
import dev.schemac.SchemacException;
import dev.schemac.internal.index.IndexEntry;
import dev.schemac.internal.index.MigrationIndex;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decisions on index against history, without a database: both sides are plain values. */
class MigrationPlanTest {
    @Test
    void listsPendingMigrationsInVersionOrder() {
        MigrationPlan plan = plan(index("10", "9", "100", "2"), List.of(row("2", "c2")), false);

        assertEquals(List.of("9", "10", "100"), plan.pending().stream().map(IndexEntry::version).toList());
        assertEquals(1, plan.alreadyApplied());
        assertFalse(plan.isComplete());
    }

    @Test
    void isCompleteWhenEverythingIsApplied() {
        MigrationPlan plan = plan(index("1", "2"), List.of(row("2", "c2"), row("1", "c1")), false);

        assertTrue(plan.isComplete());
        assertEquals(2, plan.alreadyApplied());
        assertEquals(List.of(), plan.ignoredNewer());
    }

    @Test
    void namesEveryChangedMigration() {
        SchemacException e = refused(ErrorCode.CHECKSUM_MISMATCH,
                () -> plan(index("1", "2", "3"), List.of(row("1", "x"), row("2", "c2"), row("3", "y")), false));

        assertTrue(e.getMessage().contains("migration 1 M1 (app.V1__M1) was applied with checksum x but its "
                + "source now has checksum c1"), e.getMessage());
        assertTrue(e.getMessage().contains("migration 3 M3 (app.V3__M3) was applied with checksum y"), e.getMessage());
    }

    @Test
    void comparesVersionsAsNumbers() {
        // 9 is older than 10: an unknown applied 9 is an error, not a newer release's migration.
        refused(ErrorCode.APPLIED_MIGRATION_NOT_IN_CODE,
                () -> plan(index("10"), List.of(row("9", "c9"), row("10", "c10")), false));

        MigrationPlan plan = plan(index("9", "10"), List.of(row("9", "c9"), row("10", "c10"), row("11", "x")),
                false);
        assertEquals(List.of("11"), plan.ignoredNewer());
    }

    @Test
    void ignoresEveryAppliedVersionWhenTheCodeHasNone() {
        MigrationPlan plan = plan(index(), List.of(row("1", "c1")), false);

        assertEquals(List.of("1"), plan.ignoredNewer());
        assertTrue(plan.isComplete());
    }

    @Test
    void refusesOutOfOrderUnlessAllowed() {
        List<HistoryRow> history = List.of(row("1", "c1"), row("3", "c3"));
        SchemacException e = refused(ErrorCode.OUT_OF_ORDER, () -> plan(index("1", "2", "3", "4"), history, false));
        assertTrue(e.getMessage().startsWith("OUT_OF_ORDER: migration 2 M2 (app.V2__M2) is pending but older than "
                + "migration 3"), e.getMessage());

        MigrationPlan allowed = plan(index("1", "2", "3", "4"), history, true);
        assertEquals(List.of("2", "4"), allowed.pending().stream().map(IndexEntry::version).toList());
    }

    @Test
    void countsANewerReleasesMigrationAsNewestApplied() {
        // The database ran 5 from a newer release; this release's pending 4 would run after it.
        refused(ErrorCode.OUT_OF_ORDER, () -> plan(index("1", "4"), List.of(row("1", "c1"), row("5", "x")), false));
    }

    @Test
    void listsAnUnfinishedMigrationToResumeNotToApply() {
        MigrationPlan plan = plan(index("1", "2", "3"), List.of(row("1", "c1"), new HistoryRow("2", "c2", false)),
                false);

        assertEquals(List.of("2"), plan.unfinished().stream().map(IndexEntry::version).toList());
        assertEquals(List.of("3"), plan.pending().stream().map(IndexEntry::version).toList());
        assertEquals(1, plan.alreadyApplied());
        assertFalse(plan.isComplete());
    }

    @Test
    void checksAnUnfinishedMigrationsChecksumToo() {
        refused(ErrorCode.CHECKSUM_MISMATCH, () -> plan(index("1"), List.of(new HistoryRow("1", "old", false)),
                false));
    }

    private static MigrationPlan plan(MigrationIndex index, List<HistoryRow> history, boolean outOfOrder) {
        return MigrationPlan.of(index, history, outOfOrder, "ops.history");
    }

    private static MigrationIndex index(String... versions) {
        return new MigrationIndex(Arrays.stream(versions)
                .map(v -> new IndexEntry(v, "M" + v, "c" + v, "app.V" + v + "__M" + v)).toList());
    }

    private static HistoryRow row(String version, String checksum) {
        return new HistoryRow(version, checksum, true);
    }
}
