package dev.schemac.internal.status;

import dev.schemac.ErrorCode;
import dev.schemac.MigrationState;
import dev.schemac.MigrationStatus;
import dev.schemac.SchemacException;
import dev.schemac.internal.index.IndexEntry;
import dev.schemac.internal.index.MigrationIndex;
import dev.schemac.internal.migrate.MigrationSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Compares the index with the history table, read only: no lock, no table created, no migration class loaded. It
 * tells every problem at once where {@code migrate} stops at the first.
 */
public final class StatusReader {
    /** PostgreSQL's SQLState for a table that does not exist: no history yet. */
    private static final String UNDEFINED_TABLE = "42P01";
    /** PostgreSQL's SQLState for a missing column: a table of that name that is not a history table. */
    private static final String UNDEFINED_COLUMN = "42703";

    private final DataSource dataSource;
    private final String historyTable;

    public StatusReader(DataSource dataSource, String historyTable) {
        this.dataSource = dataSource;
        this.historyTable = MigrationSource.historyTableSql(historyTable);
    }

    public MigrationStatus read(MigrationIndex index) {
        try (Connection connection = dataSource.getConnection()) {
            return StatusReader.compare(historyTable, index, rows(connection));
        } catch (SQLException e) {
            throw new SchemacException(ErrorCode.DATABASE_ERROR, "database error while reading the history table "
                    + historyTable + ": " + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /** The states, from the index and the history rows; pure, so that it is tested without a database. */
    static MigrationStatus compare(String historyTable, MigrationIndex index, List<HistoryEntry> history) {
        // Keyed in version order, so that 010 and 10 are one version, as IndexEntry.VERSION_ORDER has it.
        TreeMap<String, HistoryEntry> applied = new TreeMap<>(IndexEntry.VERSION_ORDER);
        for (HistoryEntry row : history) {
            applied.put(row.version(), row);
        }
        String newestApplied = applied.isEmpty() ? null : applied.lastKey();
        List<MigrationStatus.Entry> entries = new ArrayList<>();
        for (IndexEntry code : index.entries()) {
            HistoryEntry row = applied.remove(code.version());
            if (row == null) {
                boolean late = newestApplied != null
                        && IndexEntry.VERSION_ORDER.compare(code.version(), newestApplied) < 0;
                entries.add(new MigrationStatus.Entry(code.version(), code.description(),
                        late ? MigrationState.OUT_OF_ORDER : MigrationState.PENDING, null, null, code.checksum()));
            } else {
                MigrationState state = !row.success() ? MigrationState.UNFINISHED
                        : row.checksum().equals(code.checksum()) ? MigrationState.APPLIED
                        : MigrationState.CHECKSUM_MISMATCH;
                entries.add(new MigrationStatus.Entry(code.version(), code.description(), state, row.appliedAt(),
                        row.checksum(), code.checksum()));
            }
        }
        for (HistoryEntry row : applied.values()) {
            entries.add(new MigrationStatus.Entry(row.version(), row.description(),
                    row.success() ? MigrationState.UNKNOWN_TO_CODE : MigrationState.UNFINISHED, row.appliedAt(),
                    row.checksum(), null));
        }
        entries.sort(Comparator.comparing(MigrationStatus.Entry::version, IndexEntry.VERSION_ORDER));
        return new MigrationStatus(historyTable, entries);
    }

    /** Every history row, or none when the table does not exist yet. */
    private List<HistoryEntry> rows(Connection connection) throws SQLException {
        List<HistoryEntry> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select version, description, checksum, applied_at, "
                        + "success from " + historyTable)) {
            while (result.next()) {
                Timestamp at = result.getTimestamp(4);
                rows.add(new HistoryEntry(result.getString(1), result.getString(2), result.getString(3),
                        at == null ? null : at.toInstant(), result.getBoolean(5)));
            }
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState())) {
                return List.of();
            }
            if (UNDEFINED_COLUMN.equals(e.getSQLState())) {
                throw new SchemacException(ErrorCode.HISTORY_TABLE_INVALID, "the table " + historyTable + " exists "
                        + "but is not a schemac history table: " + e.getMessage() + ". Choose another history table "
                        + "with historyTable(\"...\") (schemac.historyTable).", e);
            }
            throw e;
        }
        return rows;
    }

    /** One history row as status shows it. */
    record HistoryEntry(String version, String description, String checksum, Instant appliedAt, boolean success) {
    }
}
