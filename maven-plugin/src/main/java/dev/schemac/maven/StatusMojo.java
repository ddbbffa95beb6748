package dev.schemac.maven;

import dev.schemac.MigrationStatus;
import dev.schemac.Schemac;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Shows where every migration stands in the database: applied, pending, out of order, checksum mismatch, failed,
 * unknown to the code. Reads only. Run after compile: {@code mvn compile schemac:status -Dschemac.url=...}.
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StatusMojo extends AbstractDatabaseMojo {
    /** Fails the build when a migration needs attention (anything but applied and pending). */
    @Parameter(property = "schemac.failOnAttention", defaultValue = "false")
    private boolean failOnAttention;

    @Override
    protected void run(Schemac schemac) throws MojoFailureException {
        MigrationStatus status = schemac.status();
        status.toTable().lines().forEach(line -> getLog().info(line));
        if (failOnAttention && status.needsAttention()) {
            throw new MojoFailureException("schemac status: migrations need attention (see the table above); "
                    + "docs/goals/status.md explains each state");
        }
    }

    @Override
    protected String goal() {
        return "status";
    }
}
