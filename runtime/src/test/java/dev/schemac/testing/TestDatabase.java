package dev.schemac.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty PostgreSQL database for one test, dropped on {@link #close()}. The server is the one named by
 * {@code SCHEMAC_TEST_JDBC_URL} (or the system property {@code schemac.test.jdbc.url}) when set, else an embedded
 * PostgreSQL started once per JVM. Never a mock, never H2.
 */
public final class TestDatabase implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Server server;

    private final String name;
    private final PGSimpleDataSource dataSource;

    private TestDatabase(String name, PGSimpleDataSource dataSource) {
        this.name = name;
        this.dataSource = dataSource;
    }

    /** Creates a new database with a unique name on the test server. */
    public static TestDatabase create() {
        Server s = server();
        String name = "schemac_t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        s.execute("create database " + name);
        PGSimpleDataSource ds = s.dataSource();
        ds.setDatabaseName(name);
        return new TestDatabase(name, ds);
    }

    /** Where the databases live: "embedded" or the server's URL. */
    public static String serverDescription() {
        return server().description;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** A JDBC URL for this database that carries the user and password, for other processes. */
    public String jdbcUrl() {
        return urlOf(dataSource);
    }

    /** {@code jdbc:postgresql://host:port/db?user=..[&password=..]}: the data source's own URL leaves out the user. */
    static String urlOf(PGSimpleDataSource ds) {
        String url = "jdbc:postgresql://" + ds.getServerNames()[0] + ":" + ds.getPortNumbers()[0] + "/"
                + ds.getDatabaseName() + "?user=" + encode(ds.getUser());
        return ds.getPassword() == null ? url : url + "&password=" + encode(ds.getPassword());
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String user() {
        return dataSource.getUser();
    }

    public String password() {
        return dataSource.getPassword();
    }

    public String name() {
        return name;
    }

    /** Runs SQL statements on this database. */
    public void execute(String... sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("failed: " + String.join("; ", sql), e);
        }
    }

    @Override
    public void close() {
        server().execute("drop database if exists " + name + " with (force)");
    }

    private static synchronized Server server() {
        if (server == null) {
            server = Server.start();
        }
        return server;
    }

    /** The PostgreSQL server the test databases are created on. */
    private record Server(String description, String url, EmbeddedPostgres embedded) {
        static Server start() {
            String url = configuredUrl();
            if (url != null) {
                return new Server(url, url, null);
            }
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException ignored) {
                        // The JVM is going away; the embedded server's folder is temporary anyway.
                    }
                }));
                return new Server("embedded", pg.getJdbcUrl("postgres", "postgres"), pg);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }

        PGSimpleDataSource dataSource() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(url);
            return ds;
        }

        void execute(String sql) {
            try (Connection c = dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("failed on the test server (" + description + "): " + sql, e);
            }
        }

        private static String configuredUrl() {
            String url = System.getenv("SCHEMAC_TEST_JDBC_URL");
            if (url == null || url.isBlank()) {
                url = System.getProperty("schemac.test.jdbc.url");
            }
            // Maven passes an unresolved "${env...}" through when the variable is not set.
            return url == null || url.isBlank() || url.startsWith("${") ? null : url;
        }
    }
}
