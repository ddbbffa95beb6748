package dev.schemac.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that change a database share: a database marked production ({@code schemac.production}) is changed
 * only when {@code schemac.confirm} repeats its name, and, with {@code schemac.backupDir}, only after pg_dump has
 * written a backup.
 */
abstract class GuardedDatabaseMojo extends AbstractDatabaseMojo {
    /** Marks the target as production: requires {@code schemac.confirm}. */
    @Parameter(property = "schemac.production", defaultValue = "false")
    private boolean production;

    /** For a production target: the database's name, typed by the person who means it. */
    @Parameter(property = "schemac.confirm")
    private String confirm;

    /** Runs pg_dump into this folder first, when there is something to change; no backup when unset. */
    @Parameter(property = "schemac.backupDir")
    private File backupDir;

    /** The pg_dump executable; default: the first on the PATH. */
    @Parameter(property = "schemac.pgDump")
    private String pgDump;

    /** Whether the goal would change the database; asked only when a backup is configured. */
    protected interface WorkCheck {
        boolean hasWork();
    }

    /** The goal's outcome when it stops here, e.g. {@code migrated}, for "Nothing was migrated." */
    protected abstract String nothingDone();

    /**
     * Requires the confirmation of a production target, then backs it up when a backup is configured and the goal
     * has work; throws, with nothing changed, when either fails.
     */
    protected final void guard(DatabaseTarget target, WorkCheck work)
            throws MojoExecutionException, MojoFailureException {
        if (production) {
            requireConfirmation(target);
        }
        if (backupDir != null) {
            // Looked up first, so a missing pg_dump fails even when there is nothing to do today.
            PgDumpBackup backup = locate();
            if (work.hasWork()) {
                backup(backup, target);
            } else {
                getLog().info("schemac " + goal() + ": nothing to do, no backup needed");
            }
        }
    }

    private void requireConfirmation(DatabaseTarget target) throws MojoFailureException {
        String database = target.databaseName();
        if (confirm == null || confirm.isBlank()) {
            throw new MojoFailureException("schemac " + goal() + ": " + target.describe() + " is marked production "
                    + "(schemac.production=true); confirm by repeating the database's name: -Dschemac.confirm="
                    + database + ". Nothing was " + nothingDone() + ".");
        }
        if (!confirm.strip().equals(database)) {
            throw new MojoFailureException("schemac " + goal() + ": schemac.confirm is '" + confirm.strip() + "' but "
                    + "the production database is '" + database + "'. Nothing was " + nothingDone() + ".");
        }
    }

    private PgDumpBackup locate() throws MojoFailureException {
        try {
            return PgDumpBackup.locate(pgDump, System.getenv("PATH"), backupDir.toPath());
        } catch (PgDumpBackup.BackupException e) {
            throw new MojoFailureException("schemac " + goal() + ": " + e.getMessage() + " Nothing was "
                    + nothingDone() + ".");
        }
    }

    private void backup(PgDumpBackup backup, DatabaseTarget target) throws MojoFailureException {
        getLog().info("schemac " + goal() + ": backing up with " + backup.describe() + " into " + backupDir);
        try {
            Path file = backup.dump(target, Clock.systemUTC());
            getLog().info("schemac " + goal() + ": backup written to " + file);
        } catch (PgDumpBackup.BackupException e) {
            throw new MojoFailureException("schemac " + goal() + ": " + e.getMessage() + "\nNothing was "
                    + nothingDone() + ".");
        }
    }
}
