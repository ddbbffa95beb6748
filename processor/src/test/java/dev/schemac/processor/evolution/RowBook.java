package dev.schemac.processor.evolution;

import dev.schemac.processor.evolution.Model.EntitySpec;
import dev.schemac.processor.evolution.Model.FieldSpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every value the test wrote, as PostgreSQL's text of it right after the insert, by table, column and row id; and
 * the check that the database still holds each of them. Columns stay in the book when their field or entity is
 * removed: schemac keeps them, with their data.
 */
final class RowBook {
    private final DataSource dataSource;
    private final Map<String, Map<String, Map<Long, String>>> values = new TreeMap<>();
    private final Map<String, Long> lastId = new HashMap<>();
    private int rowsWritten;

    RowBook(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    int rowsWritten() {
        return rowsWritten;
    }

    /** Inserts {@code rows} rows of random values (a quarter NULL where allowed) and records what was stored. */
    void insert(EntitySpec entity, int rows, Random random) throws SQLException {
        List<String> columns = new ArrayList<>(List.of("id"));
        entity.fields().forEach(f -> columns.add(f.column()));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (int r = 0; r < rows; r++) {
                long id = lastId.merge(entity.table(), 1L, Long::sum);
                List<String> literals = new ArrayList<>(List.of(Long.toString(id)));
                for (FieldSpec field : entity.fields()) {
                    literals.add(field.nullable() && random.nextInt(4) == 0 ? "null"
                            : field.type().randomLiteral(random));
                }
                String sql = "insert into " + entity.table() + " (" + String.join(", ", columns) + ") values ("
                        + String.join(", ", literals) + ") returning " + String.join(", ",
                        columns.stream().map(c -> c + "::text").toList());
                try (ResultSet stored = statement.executeQuery(sql)) {
                    stored.next();
                    for (int c = 1; c < columns.size(); c++) {
                        values.computeIfAbsent(entity.table(), t -> new TreeMap<>())
                                .computeIfAbsent(columns.get(c), k -> new TreeMap<>()).put(id, stored.getString(c + 1));
                    }
                }
                rowsWritten++;
            }
        }
    }

    /** Applies what a migration did to existing values on purpose: filled, renamed, or dropped by decision. */
    void apply(Evolution.Effect effect) throws SQLException {
        if (effect instanceof Evolution.RenameColumn rename) {
            Map<String, Map<Long, String>> table = values.get(rename.table());
            if (table != null && table.containsKey(rename.from())) {
                table.put(rename.to(), table.remove(rename.from()));
            }
        } else if (effect instanceof Evolution.RenameTable rename) {
            if (values.containsKey(rename.from())) {
                values.put(rename.to(), values.remove(rename.from()));
            }
            Long last = lastId.remove(rename.from());
            if (last != null) {
                lastId.put(rename.to(), last);
            }
        } else if (effect instanceof Evolution.Drop drop) {
            if (drop.column() == null) {
                values.remove(drop.table());
            } else if (values.containsKey(drop.table())) {
                values.get(drop.table()).remove(drop.column());
            }
        } else if (effect instanceof Evolution.Fill fill) {
            Map<Long, String> column = values.computeIfAbsent(fill.table(), t -> new TreeMap<>())
                    .computeIfAbsent(fill.column(), k -> new TreeMap<>());
            String text = textOf(fill);
            // A new column: every row written so far holds the fill; an existing one: only its NULLs.
            for (long id = 1; id <= lastId.getOrDefault(fill.table(), 0L); id++) {
                if (column.get(id) == null) {
                    column.put(id, text);
                }
            }
        }
    }

    /** The text PostgreSQL gives the fill value in the column's type, e.g. {@code 0.00} for a numeric(10,2). */
    private String textOf(Evolution.Fill fill) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet type = statement.executeQuery("select format_type(atttypid, atttypmod) from pg_attribute"
                        + " where attrelid = '" + fill.table() + "'::regclass and attname = '" + fill.column() + "'")) {
            if (!type.next()) {
                throw new AssertionError("column " + fill.table() + "." + fill.column() + " is missing");
            }
            try (ResultSet value = statement.executeQuery("select (" + fill.literal() + ")::" + type.getString(1)
                    + "::text")) {
                value.next();
                return value.getString(1);
            }
        }
    }

    /**
     * Checks every recorded value against the database.
     *
     * @return how many values were checked
     * @throws AssertionError naming the table, column and row of the first value that differs or is gone
     */
    int verify() throws SQLException {
        int checked = 0;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (var table : values.entrySet()) {
                for (var column : table.getValue().entrySet()) {
                    Map<Long, String> actual = new HashMap<>();
                    try (ResultSet rows = statement.executeQuery("select id, " + column.getKey() + "::text from "
                            + table.getKey())) {
                        while (rows.next()) {
                            actual.put(rows.getLong(1), rows.getString(2));
                        }
                    } catch (SQLException e) {
                        throw new AssertionError("column " + table.getKey() + "." + column.getKey()
                                + " cannot be read any more: " + e.getMessage(), e);
                    }
                    for (var expected : column.getValue().entrySet()) {
                        if (!actual.containsKey(expected.getKey())) {
                            throw new AssertionError("row " + expected.getKey() + " of " + table.getKey()
                                    + " is gone");
                        }
                        String value = actual.get(expected.getKey());
                        if (!java.util.Objects.equals(expected.getValue(), value)) {
                            throw new AssertionError(table.getKey() + "." + column.getKey() + " of row "
                                    + expected.getKey() + " was " + expected.getValue() + " and is now " + value);
                        }
                        checked++;
                    }
                }
            }
        }
        return checked;
    }
}
