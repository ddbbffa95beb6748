package dev.schemac.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Dumps the database with {@code pg_dump} into a new timestamped file before a goal changes it. The password
 * goes to pg_dump through {@code PGPASSWORD} in its environment, never on its command line, where {@code ps} would
 * show it. Any failure is an exception: a requested backup that did not happen must stop the goal, whose mojo
 * says that nothing was changed.
 */
final class PgDumpBackup {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path pgDump;
    private final Path directory;

    private PgDumpBackup(Path pgDump, Path directory) {
        this.pgDump = pgDump;
        this.directory = directory;
    }

    /**
     * Finds pg_dump: the configured path, else the first {@code pg_dump} on the {@code PATH}.
     *
     * @throws BackupException when there is none
     */
    static PgDumpBackup locate(String configured, String path, Path directory) {
        if (configured != null && !configured.isBlank()) {
            Path file = Path.of(configured);
            if (!Files.isExecutable(file)) {
                throw new BackupException("schemac.pgDump is " + configured + ", which is not an executable file. "
                        + "Install the PostgreSQL client tools (the pg_dump of the server's major version or newer) "
                        + "and point schemac.pgDump at pg_dump.");
            }
            return new PgDumpBackup(file, directory);
        }
        for (String folder : (path == null ? "" : path).split(File.pathSeparator)) {
            if (!folder.isEmpty()) {
                Path file = Path.of(folder, "pg_dump");
                if (Files.isExecutable(file)) {
                    return new PgDumpBackup(file, directory);
                }
            }
        }
        throw new BackupException("a backup was requested (schemac.backupDir) but pg_dump is not on the PATH. "
                + "Install the PostgreSQL client tools (the pg_dump of the server's major version or newer), or "
                + "set -Dschemac.pgDump=/path/to/pg_dump.");
    }

    /**
     * Runs pg_dump in custom format into {@code <database>-<UTC timestamp>.dump} and returns the file.
     *
     * @throws BackupException with pg_dump's own message when it fails
     */
    Path dump(DatabaseTarget target, Clock clock) {
        Properties connection = target.parsed();
        String database = connection.getProperty("PGDBNAME");
        Path file = directory.resolve(database + "-" + STAMP.format(clock.instant()) + ".dump");
        List<String> command = new ArrayList<>(List.of(pgDump.toString(), "--format=custom", "--no-password",
                "--file=" + file, "--host=" + connection.getProperty("PGHOST"),
                "--port=" + connection.getProperty("PGPORT"), "--dbname=" + database));
        String user = connection.getProperty("user");
        if (user != null && !user.isEmpty()) {
            command.add("--username=" + user);
        }
        try {
            Files.createDirectories(directory);
            if (Files.exists(file)) {
                throw new BackupException("the backup file " + file + " exists already; not overwriting it.");
            }
            Path log = Files.createTempFile("schemac-pg_dump", ".log");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile());
                Map<String, String> environment = builder.environment();
                environment.remove("PGPASSWORD");
                String password = connection.getProperty("password");
                if (password != null) {
                    environment.put("PGPASSWORD", password);
                }
                Process process = builder.start();
                if (!process.waitFor(6, TimeUnit.HOURS)) {
                    process.destroyForcibly();
                    throw new BackupException("pg_dump did not finish in 6 hours.");
                }
                String output = Files.readString(log, StandardCharsets.UTF_8).strip();
                if (process.exitValue() != 0) {
                    Files.deleteIfExists(file);
                    throw new BackupException("pg_dump failed with exit code " + process.exitValue() + ": " + output
                            + "\n(" + pgDump + " must be of the server's major version or newer.)");
                }
                if (!Files.isRegularFile(file)) {
                    throw new BackupException("pg_dump exited normally but wrote no " + file + ".");
                }
                return file;
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new BackupException("cannot run " + pgDump + " into " + directory + ": " + e.getMessage()
                    + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException("interrupted while pg_dump ran.");
        }
    }

    /** The command line as run, for the log: it never holds the password. */
    String describe() {
        return pgDump.toString();
    }

    /** Why the requested backup did not happen. */
    static final class BackupException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BackupException(String message) {
            super(message);
        }
    }
}
