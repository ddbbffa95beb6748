package dev.schemac.internal.baseline;

import dev.schemac.Difference;
import dev.schemac.ErrorCode;
import dev.schemac.SchemacException;
import dev.schemac.internal.catalog.DriftDetection;
import dev.schemac.internal.index.IndexEntry;
import dev.schemac.internal.migrate.BaselineRecorder;
import dev.schemac.schema.SchemaModel;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Adopts an existing database: checks that it has the schema the migrations produce, then records them. */
public final class Baseline {
    private final DataSource dataSource;
    private final String historyTable;

    public Baseline(DataSource dataSource, String historyTable) {
        this.dataSource = dataSource;
        this.historyTable = historyTable;
    }

    /**
     * Records the entries as applied when the database matches {@code expected}.
     *
     * @throws SchemacException {@link ErrorCode#SCHEMA_MISMATCH} listing every difference, before anything is
     *     written; {@link ErrorCode#HISTORY_NOT_EMPTY} when the database has a schemac history already
     */
    public void run(SchemaModel expected, List<IndexEntry> entries) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            List<Difference> differences = new DriftDetection(historyTable).differences(connection, expected);
            if (!differences.isEmpty()) {
                throw new SchemacException(ErrorCode.SCHEMA_MISMATCH, "the database does not match the schema the "
                        + entries.size() + " migration(s) produce, so they were not recorded:\n  - "
                        + String.join("\n  - ", differences.stream().map(Difference::describe).toList())
                        + "\nChange the database (or the entities and the snapshot) until they agree, then "
                        + "baseline again.");
            }
            new BaselineRecorder(historyTable).record(connection, entries);
        } catch (SQLException e) {
            throw new SchemacException(ErrorCode.DATABASE_ERROR, "database error while baselining: "
                    + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
        }
    }
}
