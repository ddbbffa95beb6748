package dev.schemac.internal.migrate;

import dev.schemac.ErrorCode;
import dev.schemac.SchemacException;
import dev.schemac.internal.index.IndexEntry;
import dev.schemac.internal.sql.Identifiers;
import dev.schemac.schema.QualifiedName;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The table that records applied migrations: its name, its shape, and the statements that read and write it. */
final class HistoryTable {
    /** The columns a history table must have. */
    static final List<String> COLUMNS = List.of("version", "description", "checksum", "applied_at", "applied_by",
            "duration_ms", "success");
    private static final int DESCRIPTION_LENGTH = 200;
    /** PostgreSQL's SQLStates for a table, or a column, that does not exist. */
    private static final String UNDEFINED_TABLE = "42P01";
    private static final String UNDEFINED_COLUMN = "42703";

    private final QualifiedName name;
    private final String sql;

    HistoryTable(String configuredName) {
        if (configuredName.indexOf('"') >= 0) {
            throw new SchemacException(ErrorCode.HISTORY_TABLE_INVALID, "the history table name '" + configuredName
                    + "' has a double quote, but names are given as PostgreSQL stores them, without quotes: schemac "
                    + "quotes them where SQL needs it. Write e.g. ops.schema_history, or Ops.History for a schema "
                    + "and a table named with capital letters.");
        }
        try {
            this.name = QualifiedName.parse(configuredName);
        } catch (IllegalArgumentException e) {
            throw new SchemacException(ErrorCode.HISTORY_TABLE_INVALID, "the history table name '" + configuredName
                    + "' is not of the form table or schema.table: " + e.getMessage(), e);
        }
        this.sql = Identifiers.qualified(name);
    }

    QualifiedName name() {
        return name;
    }

    /** The name as SQL, quoted where needed. */
    String sql() {
        return sql;
    }

    /**
     * The name the advisory lock is keyed on: every spelling of one table must give one key, so an unqualified
     * name is qualified with the schema it resolves to, the one the table is found in through the search path, or
     * else {@code current_schema()}, where {@link #createOrCheck} would create it. One query, on the locked path
     * only. The name as configured when no schema resolves (an empty search path, where creating it fails).
     */
    QualifiedName lockName(Connection connection) throws SQLException {
        if (name.schema() != null) {
            return name;
        }
        try (PreparedStatement query = connection.prepareStatement("select coalesce((select n.nspname::text from "
                + "pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = to_regclass(?)), "
                + "current_schema()::text)")) {
            query.setString(1, sql);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                String schema = result.getString(1);
                return schema == null ? name : new QualifiedName(schema, name.name());
            }
        }
    }

    /**
     * Every row in one round trip, or empty when the table is missing or lacks a column read here, which
     * {@link #createOrCheck} then handles. It asks for the rows straight away rather than first asking whether the
     * table exists, because it exists at every start but the first. Needs autocommit: a failed query aborts a
     * transaction.
     */
    Optional<List<HistoryRow>> readIfReady(Connection connection) throws SQLException {
        try {
            return Optional.of(read(connection));
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState()) || UNDEFINED_COLUMN.equals(e.getSQLState())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    List<HistoryRow> read(Connection connection) throws SQLException {
        List<HistoryRow> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select version, checksum, success from " + sql)) {
            while (result.next()) {
                rows.add(new HistoryRow(result.getString(1), result.getString(2), result.getBoolean(3)));
            }
        }
        return rows;
    }

    /** Creates the table (and its schema) when missing, else checks that it has the history columns. */
    void createOrCheck(Connection connection) throws SQLException {
        Optional<List<String>> columns = columns(connection);
        if (columns.isPresent()) {
            requireShape(columns.get());
            return;
        }
        try (Statement statement = connection.createStatement()) {
            // Only when missing: "create schema if not exists" still needs the CREATE privilege on the database.
            if (name.schema() != null && !schemaExists(connection)) {
                statement.execute("create schema " + Identifiers.quote(name.schema()));
            }
            statement.execute(createStatement());
        }
    }

    String createStatement() {
        return "create table " + sql + " (\n"
                + "    version varchar(50) primary key,\n"
                + "    description varchar(" + DESCRIPTION_LENGTH + ") not null,\n"
                + "    checksum varchar(64) not null,\n"
                + "    applied_at timestamptz not null default now(),\n"
                + "    applied_by text not null default current_user,\n"
                + "    duration_ms integer not null,\n"
                + "    success boolean not null\n"
                + ")";
    }

    /** The statement {@link #record} runs, for error messages. */
    String insertStatement() {
        return "insert into " + sql + " (version, description, checksum, duration_ms, success) values (?, ?, ?, ?, ?)";
    }

    /** The description as the history table stores it: cut to the column's length. */
    static String storedDescription(IndexEntry entry) {
        String description = entry.description();
        return description.length() > DESCRIPTION_LENGTH ? description.substring(0, DESCRIPTION_LENGTH) : description;
    }

    /**
     * Records a migration in the caller's transaction.
     *
     * @param finished false when online steps are still to run after the commit
     */
    void record(Connection connection, IndexEntry entry, long durationMillis, boolean finished) throws SQLException {
        String description = storedDescription(entry);
        try (PreparedStatement insert = connection.prepareStatement(insertStatement())) {
            insert.setString(1, entry.version());
            insert.setString(2, description);
            insert.setString(3, entry.checksum());
            insert.setInt(4, (int) Math.min(durationMillis, Integer.MAX_VALUE));
            insert.setBoolean(5, finished);
            insert.executeUpdate();
        }
    }

    /** Marks a migration recorded as unfinished finished, with its total duration so far. */
    void markFinished(Connection connection, IndexEntry entry, long durationMillis) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update " + sql + " set success = true, "
                + "duration_ms = least(duration_ms::bigint + ?, 2147483647) where version = ?")) {
            update.setLong(1, durationMillis);
            update.setString(2, entry.version());
            update.executeUpdate();
        }
    }

    /** The statement {@link #delete} runs, for error messages. */
    String deleteStatement() {
        return "delete from " + sql + " where version = ?";
    }

    /**
     * Deletes a migration's row in the caller's transaction, when its {@code down} ran.
     *
     * @return whether there was a row
     */
    boolean delete(Connection connection, IndexEntry entry) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(deleteStatement())) {
            delete.setString(1, entry.version());
            return delete.executeUpdate() == 1;
        }
    }

    private void requireShape(List<String> columns) {
        List<String> missing = COLUMNS.stream().filter(c -> !columns.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new SchemacException(ErrorCode.HISTORY_TABLE_INVALID, "the table " + name
                    + " exists but is not a schemac history table: it lacks the columns " + missing + " (it has "
                    + columns + "). Choose another history table with Schemac.configure(dataSource)"
                    + ".historyTable(\"...\"), or rename the existing table if another tool owns it.");
        }
    }

    /** The table's column names, or empty when there is no such table. */
    private Optional<List<String>> columns(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select to_regclass(?) is not null, array("
                + "select attname::text from pg_attribute where attrelid = to_regclass(?) and attnum > 0 "
                + "and not attisdropped order by attnum)")) {
            query.setString(1, sql);
            query.setString(2, sql);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                if (!result.getBoolean(1)) {
                    return Optional.empty();
                }
                Array names = result.getArray(2);
                return Optional.of(Arrays.asList((String[]) names.getArray()));
            }
        }
    }

    private boolean schemaExists(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select to_regnamespace(?) is not null")) {
            query.setString(1, Identifiers.quote(name.schema()));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
