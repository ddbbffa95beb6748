package dev.schemac;

import dev.schemac.internal.status.StatusTable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Every migration the code or the database knows, in version order, with its {@link MigrationState}.
 *
 * @param historyTable the history table that was read, as SQL
 * @param entries one per version
 */
public record MigrationStatus(String historyTable, List<Entry> entries) {
    public MigrationStatus {
        Objects.requireNonNull(historyTable, "historyTable");
        entries = List.copyOf(entries);
    }

    /**
     * One version.
     *
     * @param version the migration's version
     * @param description its description, from the code when the code has it, else from the history
     * @param state where it stands
     * @param appliedAt when it was applied, or {@code null} when it is not
     * @param appliedChecksum the checksum the history records, or {@code null} when it is not applied
     * @param codeChecksum the checksum of its source in the code, or {@code null} when the code lacks it
     */
    public record Entry(String version, String description, MigrationState state, Instant appliedAt,
            String appliedChecksum, String codeChecksum) {
        public Entry {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(state, "state");
        }
    }

    /** Whether any migration is in a state a person should look at (see {@link MigrationState#needsAttention()}). */
    public boolean needsAttention() {
        return entries.stream().anyMatch(e -> e.state().needsAttention());
    }

    /** The entries in that state. */
    public List<Entry> inState(MigrationState state) {
        return entries.stream().filter(e -> e.state() == state).toList();
    }

    /** A plain-text table, one line per version, with a summary line; the same status always gives the same text. */
    public String toTable() {
        return StatusTable.render(this);
    }
}
