package dev.schemac.maven;

import dev.schemac.MigrationState;
import dev.schemac.MigrationStatus;
import dev.schemac.RollbackReport;
import dev.schemac.RolledBackMigration;
import dev.schemac.Schemac;
import java.math.BigInteger;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Rolls the configured database back to {@code schemac.target}: runs the {@code down()} of every applied migration
 * newer than it, newest first, through {@code Schemac.rollback}. Guarded like migrate: a production target needs
 * {@code schemac.confirm}, and {@code schemac.backupDir} takes a pg_dump backup first.
 */
@Mojo(name = "rollback", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RollbackMojo extends GuardedDatabaseMojo {
    /** The version to keep; every applied migration newer than it is rolled back. {@code 0} rolls back all. */
    @Parameter(property = "schemac.target")
    private String target;

    @Override
    protected void run(Schemac schemac) throws MojoExecutionException, MojoFailureException {
        if (target == null || target.isBlank()) {
            throw new MojoExecutionException("schemac rollback needs the version to roll back to: "
                    + "-Dschemac.target=<version> keeps that migration and rolls back every newer one, "
                    + "-Dschemac.target=" + Schemac.ROLLBACK_EVERYTHING + " rolls back every migration. "
                    + "schemac:status lists the versions. Nothing was rolled back.");
        }
        String version = target.strip();
        guard(target(), () -> hasWork(schemac.status(), version));
        RollbackReport report = schemac.rollback(version);
        for (RolledBackMigration m : report.rolledBack()) {
            getLog().info("schemac rollback: rolled back " + m.version() + " " + m.description() + " ("
                    + m.statements() + " statement(s)) in " + m.duration().toMillis() + " ms");
        }
        getLog().info("schemac rollback: rolled back " + report.rolledBack().size() + " migration(s); the database "
                + "is at " + (report.target().equals(Schemac.ROLLBACK_EVERYTHING) ? "no migration" : "version "
                + report.target()) + " now");
    }

    /** Whether a migration newer than the target is in the database; a bad target is left to the rollback. */
    private static boolean hasWork(MigrationStatus status, String version) {
        if (!isDigits(version)) {
            return false;
        }
        BigInteger keep = new BigInteger(version);
        return status.entries().stream().filter(e -> e.state() != MigrationState.PENDING)
                .anyMatch(e -> !isDigits(e.version()) || new BigInteger(e.version()).compareTo(keep) > 0);
    }

    private static boolean isDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    @Override
    protected String nothingDone() {
        return "rolled back";
    }

    @Override
    protected String goal() {
        return "rollback";
    }
}
