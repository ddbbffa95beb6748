package dev.schemac.processor.fidelity;

import dev.schemac.testing.Catalog;
import dev.schemac.testing.TestDatabase;
import javax.sql.DataSource;

/**
 * A test database that every case of a test class uses in turn, emptied before each: PostgreSQL takes about a
 * second to create a database and half a second to drop one, but a few milliseconds to drop its schemas, and the
 * fidelity tests need two or three databases per case.
 */
final class ReusedDatabase implements AutoCloseable {
    private static final String USER_SCHEMAS = """
            select quote_ident(nspname) from pg_namespace
            where nspname not like 'pg\\_%' and nspname <> 'information_schema'""";

    private TestDatabase database;

    /** The database with nothing in it but an empty {@code public} schema, created on first use. */
    DataSource emptied() {
        if (database == null) {
            database = TestDatabase.create();
            return database.dataSource();
        }
        for (String schema : new Catalog(database.dataSource()).strings(USER_SCHEMAS)) {
            database.execute("drop schema " + schema + " cascade");
        }
        database.execute("create schema public");
        return database.dataSource();
    }

    /** Runs SQL statements on the database; see {@link TestDatabase#execute}. */
    void execute(String... sql) {
        database.execute(sql);
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
