package dev.schemac.maven;

import dev.schemac.AppliedMigration;
import dev.schemac.MigrationReport;
import dev.schemac.MigrationState;
import dev.schemac.MigrationStatus;
import dev.schemac.Schemac;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies the pending migrations to the configured database, as an application's start would. A database marked
 * production ({@code schemac.production}) is migrated only when {@code schemac.confirm} repeats its name, and,
 * with {@code schemac.backupDir}, only after pg_dump has written a backup.
 */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MigrateMojo extends AbstractDatabaseMojo {
    /** Marks the target as production: requires {@code schemac.confirm}. */
    @Parameter(property = "schemac.production", defaultValue = "false")
    private boolean production;

    /** For a production target: the database's name, typed by the person who means it. */
    @Parameter(property = "schemac.confirm")
    private String confirm;

    /** Runs pg_dump into this folder first, when there is something to migrate; no backup when unset. */
    @Parameter(property = "schemac.backupDir")
    private File backupDir;

    /** The pg_dump executable; default: the first on the PATH. */
    @Parameter(property = "schemac.pgDump")
    private String pgDump;

    @Override
    protected void run(Schemac schemac) throws MojoExecutionException, MojoFailureException {
        DatabaseTarget target = target();
        if (production) {
            requireConfirmation(target);
        }
        if (backupDir != null) {
            // Looked up first, so a missing pg_dump fails even when there is nothing to migrate today.
            PgDumpBackup backup = locate();
            if (hasWork(schemac.status())) {
                backup(backup, target);
            } else {
                getLog().info("schemac migrate: nothing pending, no backup needed");
            }
        }
        MigrationReport report = schemac.migrate();
        for (AppliedMigration m : report.applied()) {
            getLog().info("schemac migrate: applied " + m.version() + " " + m.description() + " ("
                    + m.statements() + " statement(s)) in " + m.duration().toMillis() + " ms");
        }
        getLog().info("schemac migrate: applied " + report.applied().size() + " migration(s); "
                + report.alreadyApplied() + " were applied before");
    }

    private void requireConfirmation(DatabaseTarget target) throws MojoFailureException {
        String database = target.databaseName();
        if (confirm == null || confirm.isBlank()) {
            throw new MojoFailureException("schemac migrate: " + target.describe() + " is marked production "
                    + "(schemac.production=true); confirm by repeating the database's name: -Dschemac.confirm="
                    + database + ". Nothing was migrated.");
        }
        if (!confirm.strip().equals(database)) {
            throw new MojoFailureException("schemac migrate: schemac.confirm is '" + confirm.strip() + "' but the "
                    + "production database is '" + database + "'. Nothing was migrated.");
        }
    }

    private PgDumpBackup locate() throws MojoFailureException {
        try {
            return PgDumpBackup.locate(pgDump, System.getenv("PATH"), backupDir.toPath());
        } catch (PgDumpBackup.BackupException e) {
            throw new MojoFailureException("schemac migrate: " + e.getMessage());
        }
    }

    private void backup(PgDumpBackup backup, DatabaseTarget target) throws MojoFailureException {
        getLog().info("schemac migrate: backing up with " + backup.describe() + " into " + backupDir);
        try {
            Path file = backup.dump(target, Clock.systemUTC());
            getLog().info("schemac migrate: backup written to " + file);
        } catch (PgDumpBackup.BackupException e) {
            throw new MojoFailureException("schemac migrate: " + e.getMessage());
        }
    }

    /** Whether migrate would apply something; a history it would refuse is left to migrate to report. */
    private static boolean hasWork(MigrationStatus status) {
        return !status.inState(MigrationState.PENDING).isEmpty()
                || !status.inState(MigrationState.OUT_OF_ORDER).isEmpty() || status.needsAttention();
    }

    @Override
    protected String goal() {
        return "migrate";
    }
}
