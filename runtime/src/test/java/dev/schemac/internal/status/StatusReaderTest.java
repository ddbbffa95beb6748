package dev.schemac.internal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.MigrationState;
import dev.schemac.MigrationStatus;
import dev.schemac.internal.index.IndexEntry;
import dev.schemac.internal.index.MigrationIndex;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state of each version, from the index and the history rows alone. */
class StatusReaderTest {
    private static final Instant AT = Instant.parse("2026-11-21T09:30:00Z");

    @Test
    void everyStateAtOnceInVersionOrder() {
        MigrationIndex index = new MigrationIndex(List.of(entry("1", "c1"), entry("2", "c2"), entry("3", "c3"),
                entry("5", "c5"), entry("7", "c7"), entry("8", "c8")));
        List<StatusReader.HistoryEntry> history = List.of(applied("1", "c1"), applied("2", "edited"),
                applied("4", "c4"), applied("6", "c6"), new StatusReader.HistoryEntry("7", "M7", "c7", AT, false));

        MigrationStatus status = StatusReader.compare("schemac_history", index, history);

        assertEquals(List.of("1 APPLIED", "2 CHECKSUM_MISMATCH", "3 OUT_OF_ORDER", "4 UNKNOWN_TO_CODE",
                "5 OUT_OF_ORDER", "6 UNKNOWN_TO_CODE", "7 UNFINISHED", "8 PENDING"),
                status.entries().stream().map(e -> e.version() + " " + e.state()).toList());
        assertTrue(status.needsAttention());
        MigrationStatus.Entry mismatch = status.inState(MigrationState.CHECKSUM_MISMATCH).get(0);
        assertEquals("edited", mismatch.appliedChecksum());
        assertEquals("c2", mismatch.codeChecksum());
        assertEquals("M4", status.inState(MigrationState.UNKNOWN_TO_CODE).get(0).description(),
                "the history's description when the code lacks the migration");
    }

    @Test
    void appliedAndPendingNeedNoAttention() {
        MigrationIndex index = new MigrationIndex(List.of(entry("1", "c1"), entry("2", "c2")));
        MigrationStatus status = StatusReader.compare("schemac_history", index, List.of(applied("01", "c1")));

        assertEquals(List.of(MigrationState.APPLIED, MigrationState.PENDING),
                status.entries().stream().map(MigrationStatus.Entry::state).toList());
        assertFalse(status.needsAttention());
    }

    @Test
    void tableAlignsColumnsAndEndsWithASummary() {
        MigrationIndex index = new MigrationIndex(List.of(entry("1", "0123456789abcdef"), entry("20", "c20")));
        MigrationStatus status = StatusReader.compare("schemac_history", index,
                List.of(applied("1", "fedcba9876543210")));

        assertEquals("""
                Version | Description | State             | Applied at              | Checksum
                ------- | ----------- | ----------------- | ----------------------- | ---------------------------------------
                1       | M1          | CHECKSUM_MISMATCH | 2026-11-21 09:30:00 UTC | applied fedcba987654, code 0123456789ab
                20      | M20         | PENDING           |                         | c20
                1 pending, 1 CHECKSUM_MISMATCH: needs attention (history table schemac_history)
                """, status.toTable());
    }

    private static IndexEntry entry(String version, String checksum) {
        return new IndexEntry(version, "M" + version, checksum, "db.migration.V" + version + "__M" + version);
    }

    private static StatusReader.HistoryEntry applied(String version, String checksum) {
        return new StatusReader.HistoryEntry(version, "M" + version, checksum, AT, true);
    }
}
