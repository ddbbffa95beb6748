package dev.schemac.maven;

import dev.schemac.RepairReport;
import dev.schemac.Schemac;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Cleans up after a migration whose online steps failed, through {@code Schemac.repair}: drops the invalid indexes
 * their interrupted concurrent builds left, so that the next migrate builds them afresh.
 */
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RepairMojo extends AbstractDatabaseMojo {
    @Override
    protected void run(Schemac schemac) {
        RepairReport report = schemac.repair();
        for (String index : report.droppedIndexes()) {
            getLog().info("schemac repair: dropped the invalid index " + index);
        }
        if (report.unfinished().isEmpty()) {
            getLog().info("schemac repair: no unfinished migration, nothing to repair");
        } else {
            getLog().info("schemac repair: unfinished migration(s) " + report.unfinished() + ", dropped "
                    + report.droppedIndexes().size() + " invalid index(es); fix what their online steps tripped "
                    + "over, then run schemac:migrate, which resumes them");
        }
    }

    @Override
    protected String goal() {
        return "repair";
    }
}
