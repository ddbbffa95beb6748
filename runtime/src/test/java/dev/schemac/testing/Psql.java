package dev.schemac.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a SQL script with the {@code psql} on the PATH, as a DBA would ({@code psql -v ON_ERROR_STOP=1 -f}): statement
 * by statement in autocommit, so that statements that cannot run in a transaction (concurrent index builds) work,
 * unlike a JDBC batch.
 */
public final class Psql {
    private static final int WAIT_MINUTES = 2;

    private Psql() {
    }

    /**
     * Runs the script on the database and returns what psql printed.
     *
     * @throws AssertionError with psql's output when it fails (or is missing: these tests need it)
     */
    public static String run(TestDatabase db, String script) {
        try {
            Path file = Files.createTempFile("schemac-script", ".sql");
            Path output = Files.createTempFile("schemac-psql", ".out");
            try {
                Files.writeString(file, script, StandardCharsets.UTF_8);
                // libpq takes the JDBC URL's own form, less the "jdbc:" prefix.
                String uri = db.jdbcUrl().substring("jdbc:".length());
                Process process = new ProcessBuilder(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", uri,
                        "-f", file.toString())).redirectErrorStream(true).redirectOutput(output.toFile()).start();
                // A script waiting for a lock forever would hang the build: fail instead.
                if (!process.waitFor(WAIT_MINUTES, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError("psql still ran after " + WAIT_MINUTES + " minutes:\n"
                            + Files.readString(output, StandardCharsets.UTF_8));
                }
                String printed = Files.readString(output, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new AssertionError("psql exited with " + process.exitValue() + ":\n" + printed);
                }
                return printed;
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run psql (the PostgreSQL client must be on the PATH)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while psql ran", e);
        }
    }
}
