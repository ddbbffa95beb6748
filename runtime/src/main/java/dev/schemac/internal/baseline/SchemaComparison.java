package dev.schemac.internal.baseline;

import dev.schemac.internal.sql.Identifiers;
import dev.schemac.schema.Column;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares the schema the migrations produce with a live database: tables, columns, types and nullability. Each
 * expected type is spelt the way the database spells it by creating it in a temporary table that is rolled back,
 * so {@code varchar(255)} and {@code character varying(255)} agree without a table of synonyms. Constraints,
 * indexes, defaults, sequences and tables the model does not have are not compared.
 */
public final class SchemaComparison {
    private static final String PROBE = "pg_temp.schemac_baseline_probe";

    private SchemaComparison() {
    }

    /** One line per difference, in the expected model's order; empty when the database matches. */
    public static List<String> differences(Connection connection, SchemaModel expected) throws SQLException {
        List<QualifiedName> names = expected.tables().stream().map(Table::name).toList();
        SchemaModel actual = CatalogReader.read(connection, names);
        List<String> differences = new ArrayList<>();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (Table table : expected.tables()) {
                Optional<Table> found = actual.findTable(table.name());
                if (found.isEmpty()) {
                    differences.add("table " + table.name() + " is missing");
                } else {
                    compare(connection, table, found.get(), differences);
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
        return differences;
    }

    private static void compare(Connection connection, Table expected, Table actual, List<String> differences)
            throws SQLException {
        List<Column> spelt = asDatabaseSpellsThem(connection, expected, differences);
        if (spelt == null) {
            return;
        }
        for (Column column : spelt) {
            String where = "column " + expected.name() + "." + column.name();
            Optional<Column> found = actual.findColumn(column.name());
            if (found.isEmpty()) {
                differences.add(where + " is missing");
                continue;
            }
            Column live = found.get();
            if (!live.type().equals(column.type())) {
                differences.add(where + " is " + live.type() + " in the database but " + column.type()
                        + " in the snapshot");
            }
            if (live.nullable() != column.nullable()) {
                differences.add(where + " is " + nullability(live) + " in the database but " + nullability(column)
                        + " in the snapshot");
            }
        }
        for (Column live : actual.columns()) {
            if (expected.findColumn(live.name()).isEmpty()) {
                differences.add("column " + expected.name() + "." + live.name() + " (" + live.type() + ", "
                        + nullability(live) + ") is in the database but not in the snapshot");
            }
        }
    }

    /** The expected columns with types as {@code format_type} writes them; null when the database refuses one. */
    private static List<Column> asDatabaseSpellsThem(Connection connection, Table table, List<String> differences)
            throws SQLException {
        if (table.columns().isEmpty()) {
            return List.of();
        }
        List<String> definitions = new ArrayList<>();
        for (Column c : table.columns()) {
            definitions.add(Identifiers.quote(c.name()) + " " + c.type() + (c.nullable() ? "" : " not null"));
        }
        Savepoint savepoint = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table " + PROBE + " (" + String.join(", ", definitions) + ")");
            return CatalogReader.columns(connection, PROBE);
        } catch (SQLException e) {
            differences.add("the column types of table " + table.name() + " cannot be checked: PostgreSQL refuses "
                    + "them (" + e.getMessage() + ")");
            return null;
        } finally {
            connection.rollback(savepoint);
        }
    }

    private static String nullability(Column column) {
        return column.nullable() ? "nullable" : "not null";
    }
}
