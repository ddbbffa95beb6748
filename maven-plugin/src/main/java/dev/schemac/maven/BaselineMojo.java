package dev.schemac.maven;

import dev.schemac.Schemac;
import dev.schemac.processor.Options;
import dev.schemac.processor.snapshot.Snapshot;
import dev.schemac.processor.snapshot.SnapshotFormatException;
import dev.schemac.processor.snapshot.SnapshotJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Adopts an existing database: checks that its tables and columns match the committed snapshot, then records every
 * migration as applied without running it. Refuses a database with a schemac history.
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class BaselineMojo extends AbstractDatabaseMojo {
    /** The snapshot file, relative to the project. */
    @Parameter(property = "schemac.snapshot", defaultValue = Options.DEFAULT_SNAPSHOT)
    private String snapshot;

    @Override
    protected void run(Schemac schemac) throws MojoExecutionException {
        Snapshot expected = readSnapshot();
        List<String> versions = schemac.baseline(expected.schema());
        getLog().info("schemac baseline: the database matches " + snapshot + "; recorded " + versions.size()
                + " migration(s) as applied without running them: " + versions);
    }

    private Snapshot readSnapshot() throws MojoExecutionException {
        Path file = project.getBasedir().toPath().resolve(snapshot);
        if (!Files.isRegularFile(file)) {
            throw new MojoExecutionException("schemac baseline compares the database with the snapshot, but " + file
                    + " does not exist: run mvn compile first, which writes it from the entities");
        }
        try {
            return SnapshotJson.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the snapshot " + file + ": " + e.getMessage(), e);
        } catch (SnapshotFormatException e) {
            throw new MojoExecutionException("the snapshot " + file + " is invalid: " + e.getMessage(), e);
        }
    }

    @Override
    protected String goal() {
        return "baseline";
    }
}
