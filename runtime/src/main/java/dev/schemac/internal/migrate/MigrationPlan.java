package dev.schemac.internal.migrate;

import dev.schemac.ErrorCode;
import dev.schemac.SchemacException;
import dev.schemac.internal.index.IndexEntry;
import dev.schemac.internal.index.MigrationIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a run must do, decided from the index and the history after checking that the two agree. Cheap enough
 * for every start: a map lookup and a string comparison per migration.
 *
 * @param unfinished migrations whose transaction is applied but whose online steps are still to run, in version
 *     order
 * @param pending the migrations to apply, in version order
 * @param alreadyApplied how many of the index's migrations the history has as finished
 * @param ignoredNewer applied versions newer than any this application knows, left alone (rolling deploys)
 */
record MigrationPlan(List<IndexEntry> unfinished, List<IndexEntry> pending, int alreadyApplied, List<String> ignoredNewer) {
    MigrationPlan {
        unfinished = List.copyOf(unfinished);
        pending = List.copyOf(pending);
        ignoredNewer = List.copyOf(ignoredNewer);
    }

    /**
     * Checks the history against the index and lists what is pending.
     *
     * @throws SchemacException when an applied migration has changed, the
     *     history has a migration the code lacks, or a migration is pending out of order and that is not allowed
     */
    static MigrationPlan of(MigrationIndex index, List<HistoryRow> history, boolean outOfOrder, String historyTable) {
        Map<String, String> appliedChecksums = new HashMap<>(history.size() * 2);
        String newestApplied = null;
        Set<String> unfinishedVersions = new HashSet<>();
        for (HistoryRow row : history) {
            if (!row.success()) {
                unfinishedVersions.add(row.version());
            }
            appliedChecksums.put(row.version(), row.checksum());
            if (newestApplied == null || IndexEntry.VERSION_ORDER.compare(row.version(), newestApplied) > 0) {
                newestApplied = row.version();
            }
        }
        List<IndexEntry> pending = new ArrayList<>();
        List<IndexEntry> unfinished = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        int applied = 0;
        for (IndexEntry entry : index.entries()) {
            String checksum = appliedChecksums.remove(entry.version());
            if (checksum == null) {
                pending.add(entry);
            } else if (!checksum.equals(entry.checksum())) {
                mismatches.add(MigrationLabel.of(entry) + " was applied with checksum " + checksum
                        + " but its source now has checksum " + entry.checksum());
            } else if (unfinishedVersions.contains(entry.version())) {
                unfinished.add(entry);
            } else {
                applied++;
            }
        }
        if (!mismatches.isEmpty()) {
            throw new SchemacException(ErrorCode.CHECKSUM_MISMATCH, String.join("; ", mismatches)
                    + ". An applied migration must not change: revert the edit, and make the schema change in a "
                    + "new migration instead (change the entities and rebuild, and schemac generates it).");
        }
        List<String> ignoredNewer = unknownApplied(index, appliedChecksums, historyTable);
        List<IndexEntry> late = new ArrayList<>();
        for (IndexEntry entry : pending) {
            if (newestApplied != null && IndexEntry.VERSION_ORDER.compare(entry.version(), newestApplied) < 0) {
                late.add(entry);
            }
        }
        if (!late.isEmpty() && !outOfOrder) {
            String names = String.join(", ", late.stream().map(MigrationLabel::of).toList());
            throw new SchemacException(ErrorCode.OUT_OF_ORDER, names + (late.size() == 1 ? " is" : " are")
                    + " pending but older than migration " + newestApplied + ", which is already applied; it "
                    + "probably arrived late from another branch. Check that it does not conflict with the newer "
                    + "migrations, then either allow it with Schemac.configure(dataSource).allowOutOfOrder(true) "
                    + "or give it a version newer than " + newestApplied + ".");
        }
        return new MigrationPlan(unfinished, pending, applied, ignoredNewer);
    }

    /** Returns the unknown applied versions that are newer than the code; throws for older ones. */
    private static List<String> unknownApplied(MigrationIndex index, Map<String, String> unknown,
            String historyTable) {
        if (unknown.isEmpty()) {
            return List.of();
        }
        List<IndexEntry> entries = index.entries();
        String newestKnown = entries.isEmpty() ? null : entries.get(entries.size() - 1).version();
        List<String> newer = new ArrayList<>();
        List<String> older = new ArrayList<>();
        for (String version : unknown.keySet()) {
            boolean isNewer = newestKnown == null || IndexEntry.VERSION_ORDER.compare(version, newestKnown) > 0;
            (isNewer ? newer : older).add(version);
        }
        older.sort(IndexEntry.VERSION_ORDER);
        newer.sort(IndexEntry.VERSION_ORDER);
        if (!older.isEmpty()) {
            throw new SchemacException(ErrorCode.APPLIED_MIGRATION_NOT_IN_CODE, "the history table " + historyTable
                    + " records applied migrations " + older + " that this application does not have, older than "
                    + "its newest migration " + newestKnown + ". Restore the deleted or renamed migration classes "
                    + "(and rebuild so that the index lists them); if they were removed on purpose, delete their "
                    + "rows from " + historyTable + ".");
        }
        return newer;
    }

    /** Whether there is nothing to apply. */
    boolean isComplete() {
        return pending.isEmpty() && unfinished.isEmpty();
    }
}
