package dev.schemac.maven;

import dev.schemac.DriftReport;
import dev.schemac.ErrorCode;
import dev.schemac.MigrationReport;
import dev.schemac.Schemac;
import dev.schemac.SchemacException;
import dev.schemac.schema.SchemaModel;
import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The CI gate: (1) fails on entity changes that have no migration yet, with the diagnostics of the generate goal's
 * check mode; (2) applies every compiled migration in order to a scratch embedded PostgreSQL, failing with the
 * runtime's message (which names the statement) when one fails; (3) fails when the resulting database differs from
 * the snapshot in any way the drift goal reports. Runs after compile, by default in the {@code verify} phase.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class CheckMojo extends GenerateMojo {
    /** The history table the migrations are recorded in (it is left out of the comparison). */
    @Parameter(property = "schemac.historyTable", defaultValue = Schemac.DEFAULT_HISTORY_TABLE)
    private String historyTable;

    @Parameter(defaultValue = "${project.build.directory}/schemac-check", readonly = true)
    private File checkDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        super.execute();
        if (skipped()) {
            return;
        }
        SchemaModel expected = SnapshotFile.read(project.getBasedir().toPath(), snapshotPath(), "check");
        try (URLClassLoader loader = ProjectClassLoader.of(project, getClass().getClassLoader(), "check"); ScratchDatabase db = ScratchDatabase.start(
                checkDirectory.toPath().resolve("pgdata"), checkDirectory.toPath().resolve("postgres.log"))) {
            getLog().info("schemac check: applying every migration to a scratch " + db.describe());
            Schemac schemac = Schemac.configure(db.dataSource()).historyTable(historyTable).classLoader(loader);
            MigrationReport applied = schemac.migrate();
            getLog().info("schemac check: applied " + applied.applied().size() + " migration(s)");
            DriftReport drift = schemac.drift(expected);
            if (drift.hasDrift()) {
                throw new MojoFailureException("schemac check failed: the migrations do not produce the snapshot's "
                        + "schema; " + drift.toText() + "\nA migration was probably edited by hand: make it produce "
                        + "what the snapshot says, or change the entities and let schemac generate the difference.");
            }
            getLog().info("schemac check: the migrations produce exactly the snapshot's schema");
        } catch (SchemacException e) {
            String hint = e.code() == ErrorCode.INDEX_NOT_FOUND ? "\nThe goal applies the compiled "
                    + "migrations of target/classes: run it after compile, e.g. mvn verify or mvn compile schemac:check"
                    : "";
            throw new MojoFailureException("schemac check failed: " + e.getMessage() + hint, e);
        } catch (IOException e) {
            throw new MojoExecutionException("schemac check could not run the scratch PostgreSQL: "
                    + e.getMessage(), e);
        }
    }

    @Override
    protected String mode() {
        return "check";
    }
}
