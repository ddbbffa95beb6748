package dev.schemac.maven;

import dev.schemac.DriftReport;
import dev.schemac.Schemac;
import dev.schemac.processor.Options;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compares a live database with the committed snapshot: missing and extra tables, columns, types, nullability,
 * defaults, constraints, indexes and sequences. Prints a report, writes it as JSON, and fails on drift unless told
 * to only report. Reads the catalog only.
 */
@Mojo(name = "drift", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DriftMojo extends AbstractDatabaseMojo {
    /** The snapshot file, relative to the project. */
    @Parameter(property = "schemac.snapshot", defaultValue = Options.DEFAULT_SNAPSHOT)
    private String snapshot;

    /** Where to write the report as JSON. */
    @Parameter(property = "schemac.driftReport", defaultValue = "${project.build.directory}/schemac-drift.json")
    private File driftReport;

    /** Whether drift fails the build; {@code false} only reports it. */
    @Parameter(property = "schemac.failOnDrift", defaultValue = "true")
    private boolean failOnDrift;

    @Override
    protected void run(Schemac schemac) throws MojoExecutionException, MojoFailureException {
        DriftReport report = schemac.drift(SnapshotFile.read(project.getBasedir().toPath(), snapshot, goal()));
        writeJson(report);
        String text = "schemac drift: " + report.toText();
        if (!report.hasDrift()) {
            getLog().info(text);
        } else if (failOnDrift) {
            throw new MojoFailureException(text + "\nThe JSON report is " + driftReport + ". Change the database "
                    + "(or the entities, which generate a migration) until they agree; -Dschemac.failOnDrift=false "
                    + "only reports.");
        } else {
            getLog().warn(text);
        }
    }

    private void writeJson(DriftReport report) throws MojoExecutionException {
        try {
            File parent = driftReport.getAbsoluteFile().getParentFile();
            Files.createDirectories(parent.toPath());
            Files.writeString(driftReport.toPath(), report.toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the drift report " + driftReport + ": " + e.getMessage(),
                    e);
        }
    }

    @Override
    protected String goal() {
        return "drift";
    }
}
