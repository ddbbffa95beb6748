package dev.schemac.internal.baseline;

import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnType;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Table;
import dev.schemac.internal.sql.Identifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads tables from PostgreSQL's catalog into the schema model: so far their columns with type (as
 * {@code format_type} writes it), nullability and identity. Constraints, indexes, defaults and sequences are not
 * read yet.
 */
public final class CatalogReader {
    private static final String COLUMNS = "select a.attname::text, format_type(a.atttypid, a.atttypmod), "
            + "a.attnotnull, a.attidentity <> '' from pg_attribute a where a.attrelid = to_regclass(?) "
            + "and a.attnum > 0 and not a.attisdropped order by a.attnum";

    private CatalogReader() {
    }

    /** The named tables that exist, each with its columns; missing ones are left out. */
    public static SchemaModel read(Connection connection, List<QualifiedName> tables) throws SQLException {
        List<Table> found = new ArrayList<>();
        for (QualifiedName name : tables) {
            if (exists(connection, name)) {
                found.add(new Table(name, columns(connection, Identifiers.qualified(name)), null, List.of(),
                        List.of(), List.of(), List.of()));
            }
        }
        return new SchemaModel(found, List.of());
    }

    /** The columns of a table, given as SQL, e.g. {@code pg_temp.probe}. */
    static List<Column> columns(Connection connection, String tableSql) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(COLUMNS)) {
            query.setString(1, tableSql);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    boolean notNull = result.getBoolean(3);
                    boolean identity = result.getBoolean(4);
                    columns.add(new Column(result.getString(1), ColumnType.of(result.getString(2)),
                            !notNull && !identity, null, identity && notNull));
                }
            }
        }
        return columns;
    }

    private static boolean exists(Connection connection, QualifiedName name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select to_regclass(?) is not null")) {
            query.setString(1, Identifiers.qualified(name));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
