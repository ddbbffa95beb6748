package dev.schemac.maven;

import dev.schemac.processor.Options;
import dev.schemac.processor.lineage.Rebase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * After a merge that kept the other branch's snapshot: moves the migrations that snapshot does not record (yours)
 * to {@code target/schemac/rebased}, then generates as {@code generate} does, so that one new migration holds your
 * entity changes on top of the merged snapshot. Takes the same parameters as {@code generate}; always generates.
 */
@Mojo(name = "rebase", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class RebaseMojo extends GenerateMojo {
    @Parameter(defaultValue = "${project.build.directory}/schemac/rebased", readonly = true)
    private File rebasedDirectory;

    /** The description of the one migration moved aside, kept for the new one unless {@code schemac.name} is set. */
    private String movedDescription;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Options options;
        try {
            options = Options.parse(super.options(), Map.of());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("schemac rebase: " + e.getMessage(), e);
        }
        List<Rebase.Moved> moved;
        try {
            moved = Rebase.moveAside(options, rebasedDirectory.toPath());
        } catch (Rebase.Refused e) {
            throw new MojoFailureException("schemac rebase: " + e.getMessage() + ". Nothing was moved.", e);
        } catch (IOException e) {
            throw new MojoExecutionException("schemac rebase: " + e.getMessage(), e);
        }
        if (moved.isEmpty()) {
            getLog().info("schemac rebase: the snapshot records every migration in " + relative(options,
                    options.migrationDir()) + "; nothing to rebase");
            return;
        }
        movedDescription = moved.size() == 1 ? moved.get(0).migration().description() : null;
        logMoved(options, moved);
        List<String> before = migrations(options);
        try {
            super.execute();
        } catch (MojoExecutionException | MojoFailureException e) {
            // Generation wrote nothing; put the source tree back as it was, so that the build's errors are all.
            moveBack(options, moved);
            throw e;
        }
        List<String> created = new ArrayList<>(migrations(options));
        created.removeAll(before);
        if (created.isEmpty()) {
            getLog().info("schemac rebase: the merged snapshot already holds the changes of the moved migration(s);"
                    + " no new migration was needed");
            return;
        }
        Path next = options.migrationDir().resolve(created.get(0));
        getLog().info("schemac rebase: " + relative(options, next) + " holds your changes on top of the merged"
                + " snapshot. Review it, then commit it with " + relative(options, options.snapshot()) + ".");
        for (Rebase.Moved m : moved) {
            if (!m.handWritten().isEmpty()) {
                getLog().warn("schemac rebase: compare with what you moved: diff " + relative(options, m.movedTo())
                        + " " + relative(options, next));
            }
        }
    }

    @Override
    protected Map<String, String> options() {
        Map<String, String> options = super.options();
        // Rebasing is generating: check mode (or CI=true) would only report the changes it is asked to write.
        options.put(Options.MODE, "generate");
        if (movedDescription != null) {
            options.putIfAbsent(Options.NAME, movedDescription);
        }
        return options;
    }

    private void logMoved(Options options, List<Rebase.Moved> moved) {
        Log log = getLog();
        for (Rebase.Moved m : moved) {
            log.info("schemac rebase: moved " + relative(options, m.migration().file()) + " to "
                    + relative(options, m.movedTo()) + " (the snapshot does not record it)");
            if (!m.handWritten().isEmpty()) {
                log.warn("schemac rebase: " + m.migration().file().getFileName() + " has lines schemac does not"
                        + " generate; carry them over into the new migration if they still apply:");
                m.handWritten().forEach(line -> log.warn("    line " + line));
            }
        }
    }

    private void moveBack(Options options, List<Rebase.Moved> moved) {
        for (Rebase.Moved m : moved) {
            try {
                Files.move(m.movedTo(), m.migration().file());
                getLog().info("schemac rebase: generation failed; moved " + relative(options, m.movedTo())
                        + " back to " + relative(options, m.migration().file()));
            } catch (IOException e) {
                getLog().error("schemac rebase: generation failed, and " + relative(options, m.movedTo())
                        + " could not be moved back to " + relative(options, m.migration().file()) + " (" + e
                        + "); move it back by hand");
            }
        }
    }

    private static List<String> migrations(Options options) throws MojoExecutionException {
        if (!Files.isDirectory(options.migrationDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(options.migrationDir())) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new MojoExecutionException("schemac rebase: cannot list " + options.migrationDir(), e);
        }
    }

    private static String relative(Options options, Path file) {
        return file.startsWith(options.baseDir()) ? options.baseDir().relativize(file).toString() : file.toString();
    }
}
