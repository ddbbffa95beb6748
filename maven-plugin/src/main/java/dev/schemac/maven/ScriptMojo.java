package dev.schemac.maven;

import dev.schemac.Schemac;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the SQL of the pending migrations (or of a version range) for review or for running with psql, each
 * migration as migrate runs it (online or not) and each operation under its classification, e.g.
 * {@code -- [blocking-lock] ...}. Pending needs the database; a range ({@code schemac.from}/{@code schemac.to})
 * does not connect.
 */
@Mojo(name = "script", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ScriptMojo extends AbstractDatabaseMojo {
    /** The file to write; unset prints the script to the log. */
    @Parameter(property = "schemac.scriptFile")
    private File scriptFile;

    /** Whether each migration checks the history table first, so that the script can run again. */
    @Parameter(property = "schemac.idempotent", defaultValue = "false")
    private boolean idempotent;

    /**
     * Whether the script runs operations on existing tables online-safe, as the runtime does by default: concurrent
     * index builds and validations after each migration's commit. Set it as the application sets
     * {@code Schemac.configure(ds).online(...)}, so that the script is what migrate would run.
     */
    @Parameter(property = "schemac.online", defaultValue = "true")
    private boolean online;

    /** The first version of a range, included. */
    @Parameter(property = "schemac.from")
    private String from;

    /** The last version of a range, included. */
    @Parameter(property = "schemac.to")
    private String to;

    @Override
    protected void run(Schemac configured) throws MojoExecutionException {
        Schemac schemac = configured.online(online);
        String script;
        try {
            script = isRange() ? schemac.script(blankToNull(from), blankToNull(to), idempotent)
                    : schemac.script(idempotent);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("schemac.from and schemac.to: " + e.getMessage());
        }
        if (scriptFile == null) {
            script.lines().forEach(line -> getLog().info(line));
            return;
        }
        try {
            if (scriptFile.getParentFile() != null) {
                Files.createDirectories(scriptFile.getParentFile().toPath());
            }
            Files.writeString(scriptFile.toPath(), script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the script to " + scriptFile + ": " + e.getMessage(), e);
        }
        getLog().info("schemac script: wrote " + scriptFile);
    }

    @Override
    protected boolean needsDatabase() {
        return !isRange();
    }

    @Override
    protected String goal() {
        return "script";
    }

    private boolean isRange() {
        return blankToNull(from) != null || blankToNull(to) != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
