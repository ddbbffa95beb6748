package dev.schemac.internal.sql;

import dev.schemac.testing.DatabaseTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the quoting against the PostgreSQL the tests run on, so that a new release's keywords show up. */
@DatabaseTest
class IdentifiersDatabaseTest {
    private static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void quotesEveryKeywordThatTheGrammarReserves() throws SQLException {
        List<String> unquoted = new ArrayList<>();
        for (String word : query("select word from pg_get_keywords() where catcode in ('R','T')")) {
            if (Identifiers.quote(word).equals(word)) {
                unquoted.add(word);
            }
        }
        assertEquals(List.of(), unquoted, "keywords of " + TestDatabase.serverDescription()
                + " missing from ReservedWords");
    }

    /** Every keyword, and awkward names, read back as the same catalog name as a table and as a column. */
    @Test
    void namesReadBackUnchangedAsTablesAndColumns() throws SQLException {
        List<String> names = new ArrayList<>(query("select word from pg_get_keywords()"));
        names.addAll(List.of("Customer", "customerId", "price$", "_x", "1st", "a\"b", "first name", "größe"));
        StringBuilder columns = new StringBuilder();
        for (String name : names) {
            columns.append(columns.length() == 0 ? "" : ", ").append(Identifiers.quote(name)).append(" int");
        }
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("create table all_names (" + columns + ")");
            for (String name : names) {
                st.execute("create table " + Identifiers.quote(name) + " (" + Identifiers.quote(name) + " int)");
            }
        }
        List<String> readColumns = query("select attname from pg_attribute where attrelid = 'all_names'::regclass"
                + " and attnum > 0 order by attnum");
        assertEquals(names, readColumns);
        TreeSet<String> tables = new TreeSet<>(query("select relname from pg_class where relkind = 'r' and "
                + "relnamespace = 'public'::regnamespace"));
        for (String name : names) {
            assertTrue(tables.contains(name), "no table named " + name);
        }
    }

    private static List<String> query(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
