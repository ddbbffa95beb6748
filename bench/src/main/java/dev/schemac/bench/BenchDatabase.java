package dev.schemac.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL the benchmarks run on: the server in {@code SCHEMAC_BENCH_JDBC_URL} (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}) when set, else an embedded one. Each measurement
 * gets a fresh database.
 */
final class BenchDatabase implements AutoCloseable {
    private final EmbeddedPostgres embedded;
    private final String adminUrl;
    private int counter;

    private BenchDatabase(EmbeddedPostgres embedded, String adminUrl) {
        this.embedded = embedded;
        this.adminUrl = adminUrl;
    }

    static BenchDatabase start() throws IOException {
        String url = System.getenv("SCHEMAC_BENCH_JDBC_URL");
        if (url != null && !url.isBlank()) {
            return new BenchDatabase(null, url);
        }
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        return new BenchDatabase(pg, pg.getJdbcUrl("postgres", "postgres"));
    }

    String describe() {
        return embedded == null ? adminUrl : "embedded PostgreSQL";
    }

    /** A new empty database's JDBC URL. */
    String createDatabase() throws SQLException {
        String name = "schemac_bench_" + ProcessHandle.current().pid() + "_" + (++counter);
        try (Connection c = dataSource(adminUrl).getConnection(); Statement st = c.createStatement()) {
            st.execute("drop database if exists " + name);
            st.execute("create database " + name);
        }
        PGSimpleDataSource ds = dataSource(adminUrl);
        // The data source's own getUrl() leaves out the user, which the child JVMs need.
        return "jdbc:postgresql://" + ds.getServerNames()[0] + ":" + ds.getPortNumbers()[0] + "/" + name
                + "?user=" + ds.getUser() + (ds.getPassword() == null ? "" : "&password=" + ds.getPassword());
    }

    static PGSimpleDataSource dataSource(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        return ds;
    }

    static DataSource of(String url) {
        return dataSource(url);
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
