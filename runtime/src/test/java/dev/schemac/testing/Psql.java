package dev.schemac.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a SQL script with the {@code psql} on the PATH, as a DBA would ({@code psql -v ON_ERROR_STOP=1 -f}): statement
 * by statement in autocommit, so that statements that cannot run in a transaction (concurrent index builds) work,
 * unlike a JDBC batch.
 */
public final class Psql {
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
            try {
                Files.writeString(file, script, StandardCharsets.UTF_8);
                // libpq takes the JDBC URL's own form, less the "jdbc:" prefix.
                String uri = db.jdbcUrl().substring("jdbc:".length());
                Process process = new ProcessBuilder(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", uri,
                        "-f", file.toString())).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int exit = process.waitFor();
                if (exit != 0) {
                    throw new AssertionError("psql exited with " + exit + ":\n" + output);
                }
                return output;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run psql (the PostgreSQL client must be on the PATH)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while psql ran", e);
        }
    }
}
