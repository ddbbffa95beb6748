package dev.schemac.internal.catalog;

import dev.schemac.Difference;
import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnType;
import dev.schemac.schema.ForeignKey;
import dev.schemac.schema.Index;
import dev.schemac.schema.IndexColumn;
import dev.schemac.schema.PrimaryKey;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.ReferentialAction;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Sequence;
import dev.schemac.schema.Table;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a live database's schema from PostgreSQL's catalog into the schema model: the tables of some schemas with
 * their columns (type as {@code format_type} writes it, nullability, default as {@code pg_get_expr} writes it,
 * identity), primary keys, unique, check and foreign key constraints, indexes that back no constraint, and the
 * sequences that are not an identity column's. A name in the connection's current schema is read without schema,
 * as the snapshot writes it.
 */
public final class CatalogReader {
    private static final String TABLES = "select n.nspname::text, c.relname::text, c.oid from pg_class c "
            + "join pg_namespace n on n.oid = c.relnamespace where n.nspname = any(?) and c.relkind in ('r', 'p') "
            + "and not c.relispartition order by 1, 2";
    private static final String COLUMNS = "select a.attname::text, format_type(a.atttypid, a.atttypmod), "
            + "a.attnotnull, a.attidentity <> '', pg_get_expr(d.adbin, d.adrelid) from pg_attribute a "
            + "left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum "
            + "where a.attrelid = ? and a.attnum > 0 and not a.attisdropped order by a.attnum";
    // Not-null constraints (contype 'n', listed since PostgreSQL 18) are read as the columns' nullability.
    private static final String CONSTRAINTS = "select con.conname::text, con.contype::text, "
            + "array(select a.attname::text from unnest(con.conkey) with ordinality k(num, pos) join pg_attribute a "
            + "on a.attrelid = con.conrelid and a.attnum = k.num order by k.pos), fn.nspname::text, fc.relname::text, "
            + "array(select a.attname::text from unnest(con.confkey) with ordinality k(num, pos) join pg_attribute a "
            + "on a.attrelid = con.confrelid and a.attnum = k.num order by k.pos), con.confdeltype::text, "
            + "case when con.contype = 'c' then pg_get_expr(con.conbin, con.conrelid) end, con.convalidated "
            + "from pg_constraint con left join pg_class fc on fc.oid = con.confrelid "
            + "left join pg_namespace fn on fn.oid = fc.relnamespace "
            + "where con.conrelid = ? and con.contype in ('p', 'u', 'c', 'f') order by con.conname";
    // Indexes that back a primary key or unique constraint are read as that constraint.
    private static final String INDEXES = "select ic.relname::text, i.indisunique, "
            + "array(select coalesce((select a.attname::text from pg_attribute a where a.attrelid = i.indrelid "
            + "and a.attnum = i.indkey[k - 1] and i.indkey[k - 1] <> 0), pg_get_indexdef(i.indexrelid, k, true)) "
            + "from generate_series(1, i.indnkeyatts) k order by k), "
            + "array(select (i.indoption[k - 1] & 1) = 1 from generate_series(1, i.indnkeyatts) k order by k), "
            + "i.indisvalid "
            + "from pg_index i join pg_class ic on ic.oid = i.indexrelid where i.indrelid = ? and not exists "
            + "(select 1 from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = i.indrelid "
            + "and c.contype in ('p', 'u', 'x')) order by 1";
    private static final String SEQUENCES = "select n.nspname::text, c.relname::text, s.seqstart, s.seqincrement "
            + "from pg_sequence s join pg_class c on c.oid = s.seqrelid join pg_namespace n on n.oid = c.relnamespace "
            + "where n.nspname = any(?) and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass "
            + "and d.objid = c.oid and d.deptype = 'i') order by 1, 2";

    private final Connection connection;
    private final String currentSchema;
    private final List<Difference> notValid = new ArrayList<>();

    /**
     * @param connection where to read
     * @param currentSchema the connection's current schema, whose names are read without schema
     */
    public CatalogReader(Connection connection, String currentSchema) {
        this.connection = connection;
        this.currentSchema = currentSchema;
    }

    /** The connection's current schema, {@code public} when the search path names none that exists. */
    public static String currentSchema(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select current_schema()");
                ResultSet result = query.executeQuery()) {
            result.next();
            String schema = result.getString(1);
            return schema == null ? "public" : schema;
        }
    }

    /** Every table and sequence of these schemas (catalog names), except the table {@code leaveOut}. */
    public SchemaModel read(List<String> schemas, QualifiedName leaveOut) throws SQLException {
        List<QualifiedName> names = new ArrayList<>();
        List<Long> oids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(TABLES)) {
            query.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    QualifiedName name = name(result.getString(1), result.getString(2));
                    if (!name.equals(leaveOut)) {
                        names.add(name);
                        oids.add(result.getLong(3));
                    }
                }
            }
        }
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            tables.add(table(names.get(i), oids.get(i)));
        }
        return new SchemaModel(tables, sequences(schemas));
    }

    /** One table by its oid, named {@code name}. */
    public Table table(QualifiedName name, long oid) throws SQLException {
        Table table = Table.table(name.name()).withName(name).withColumns(columns(oid));
        try (PreparedStatement query = connection.prepareStatement(CONSTRAINTS)) {
            query.setLong(1, oid);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    table = withConstraint(table, result);
                    if (!result.getBoolean(9)) {
                        notValid(constraintType(result.getString(2)), result.getString(1) + " on " + name,
                                "NOT VALID: rows written before it was added were never checked");
                    }
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement(INDEXES)) {
            query.setLong(1, oid);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    String[] columns = strings(result.getArray(3));
                    Boolean[] descending = (Boolean[]) result.getArray(4).getArray();
                    List<IndexColumn> indexColumns = new ArrayList<>();
                    for (int i = 0; i < columns.length; i++) {
                        indexColumns.add(new IndexColumn(columns[i], descending[i]));
                    }
                    table = table.index(new Index(result.getString(1), indexColumns, result.getBoolean(2)));
                    if (!result.getBoolean(5)) {
                        notValid(Difference.ObjectType.INDEX, result.getString(1) + " on " + name,
                                "INVALID: a concurrent build failed; drop it and create it again");
                    }
                }
            }
        }
        return table;
    }

    /**
     * The constraints and indexes read so far that exist but do not hold: a {@code NOT VALID} constraint, an index
     * left invalid by a failed {@code create index concurrently}. The schema model has no place for them.
     */
    public List<Difference> notValid() {
        return List.copyOf(notValid);
    }

    private void notValid(Difference.ObjectType object, String subject, String state) {
        notValid.add(new Difference(Difference.Kind.CHANGED, object, subject, "state", "valid", state));
    }

    private static Difference.ObjectType constraintType(String contype) {
        return switch (contype) {
            case "p" -> Difference.ObjectType.PRIMARY_KEY;
            case "u" -> Difference.ObjectType.UNIQUE;
            case "c" -> Difference.ObjectType.CHECK;
            default -> Difference.ObjectType.FOREIGN_KEY;
        };
    }

    /** The oid of a table given as SQL, e.g. {@code pg_temp.probe}; {@code -1} when there is none. */
    public long oid(String tableSql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select to_regclass(?)::oid")) {
            query.setString(1, tableSql);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                long oid = result.getLong(1);
                return result.wasNull() ? -1 : oid;
            }
        }
    }

    private List<Column> columns(long oid) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(COLUMNS)) {
            query.setLong(1, oid);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    boolean notNull = result.getBoolean(3);
                    boolean identity = result.getBoolean(4);
                    columns.add(new Column(result.getString(1), ColumnType.of(result.getString(2)),
                            !notNull && !identity, result.getString(5), identity));
                }
            }
        }
        return columns;
    }

    private Table withConstraint(Table table, ResultSet row) throws SQLException {
        String name = row.getString(1);
        List<String> columns = Arrays.asList(strings(row.getArray(3)));
        return switch (row.getString(2)) {
            case "p" -> table.withPrimaryKey(new PrimaryKey(name, columns));
            case "u" -> table.unique(name, columns.toArray(String[]::new));
            case "c" -> table.check(name, row.getString(8));
            default -> table.foreignKey(new ForeignKey(name, columns, name(row.getString(4), row.getString(5)),
                    Arrays.asList(strings(row.getArray(6))), action(row.getString(7))));
        };
    }

    private List<Sequence> sequences(List<String> schemas) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SEQUENCES)) {
            query.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    sequences.add(new Sequence(name(result.getString(1), result.getString(2)), result.getLong(3),
                            result.getLong(4)));
                }
            }
        }
        return sequences;
    }

    private QualifiedName name(String schema, String name) {
        return new QualifiedName(schema.equals(currentSchema) ? null : schema, name);
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }
}
