package dev.schemac.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads what PostgreSQL's catalog says about a database, for assertions; names are exact catalog names. */
public final class Catalog {
    private final DataSource dataSource;

    public Catalog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether a table, index, sequence or view of that schema and name exists. */
    public boolean relationExists(String schema, String name) {
        return !strings("select relname from pg_class where relnamespace = to_regnamespace(quote_ident(?)) "
                + "and relname = ?", schema, name).isEmpty();
    }

    public boolean schemaExists(String schema) {
        return !strings("select nspname from pg_namespace where nspname = ?", schema).isEmpty();
    }

    /**
     * One line per column in order: {@code name type [not null] [default expr] [identity]}, the type as
     * {@code format_type} writes it, e.g. {@code id bigint not null identity}.
     */
    public List<String> columns(String schema, String table) {
        return strings("select a.attname || ' ' || format_type(a.atttypid, a.atttypmod)"
                + " || case when a.attnotnull then ' not null' else '' end"
                + " || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')"
                + " || case when a.attidentity = 'd' then ' identity' else '' end"
                + " from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum"
                + " where a.attrelid = (quote_ident(?) || '.' || quote_ident(?))::regclass"
                + " and a.attnum > 0 and not a.attisdropped order by a.attnum", schema, table);
    }

    /**
     * One line per constraint, sorted: {@code name definition}, e.g. {@code t_pkey PRIMARY KEY (id)}. Without
     * the NOT NULL constraints that PostgreSQL 18 lists too; {@link #columns} shows those.
     */
    public List<String> constraints(String schema, String table) {
        return strings("select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint"
                + " where conrelid = (quote_ident(?) || '.' || quote_ident(?))::regclass and contype <> 'n'"
                + " order by conname",
                schema, table);
    }

    /** The definitions of a table's indexes, sorted, as {@code pg_indexes} shows them. */
    public List<String> indexes(String schema, String table) {
        return strings("select indexdef from pg_indexes where schemaname = ? and tablename = ? order by indexname",
                schema, table);
    }

    /** {@code start increment} of a sequence, or nothing when it does not exist. */
    public List<String> sequence(String schema, String name) {
        return strings("select start_value || ' ' || increment_by from pg_sequences"
                + " where schemaname = ? and sequencename = ?", schema, name);
    }

    /** The first column of every row of a query with string parameters. */
    public List<String> strings(String sql, String... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("catalog query failed: " + sql, e);
        }
    }
}
