package dev.schemac.maven;

import dev.schemac.AppliedMigration;
import dev.schemac.MigrationReport;
import dev.schemac.MigrationState;
import dev.schemac.MigrationStatus;
import dev.schemac.Schemac;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies the pending migrations to the configured database, as an application's start would. A database marked
 * production ({@code schemac.production}) is migrated only when {@code schemac.confirm} repeats its name, and,
 * with {@code schemac.backupDir}, only after pg_dump has written a backup.
 */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MigrateMojo extends GuardedDatabaseMojo {
    @Override
    protected void run(Schemac schemac) throws MojoExecutionException, MojoFailureException {
        guard(target(), () -> hasWork(schemac.status()));
        MigrationReport report = schemac.migrate();
        for (AppliedMigration m : report.applied()) {
            getLog().info("schemac migrate: applied " + m.version() + " " + m.description() + " ("
                    + m.statements() + " statement(s)) in " + m.duration().toMillis() + " ms");
        }
        getLog().info("schemac migrate: applied " + report.applied().size() + " migration(s); "
                + report.alreadyApplied() + " were applied before");
    }

    /** Whether migrate would apply something; a history it would refuse is left to migrate to report. */
    private static boolean hasWork(MigrationStatus status) {
        // Out-of-order migrations need attention too.
        return !status.inState(MigrationState.PENDING).isEmpty() || status.needsAttention();
    }

    @Override
    protected String nothingDone() {
        return "migrated";
    }

    @Override
    protected String goal() {
        return "migrate";
    }
}
