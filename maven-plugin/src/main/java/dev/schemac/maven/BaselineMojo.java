package dev.schemac.maven;

import dev.schemac.Schemac;
import dev.schemac.processor.Options;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Adopts an existing database: checks that it matches the committed snapshot (as the drift goal compares them),
 * then records every migration as applied without running it. Refuses a database with a schemac history.
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class BaselineMojo extends AbstractDatabaseMojo {
    /** The snapshot file, relative to the project. */
    @Parameter(property = "schemac.snapshot", defaultValue = Options.DEFAULT_SNAPSHOT)
    private String snapshot;

    @Override
    protected void run(Schemac schemac) throws MojoExecutionException {
        List<String> versions = schemac.baseline(SnapshotFile.read(project.getBasedir().toPath(), snapshot, goal()));
        getLog().info("schemac baseline: the database matches " + snapshot + "; recorded " + versions.size()
                + " migration(s) as applied without running them: " + versions);
    }

    @Override
    protected String goal() {
        return "baseline";
    }
}
