package dev.schemac.maven;

import dev.schemac.processor.Options;
import dev.schemac.processor.launch.Finding;
import dev.schemac.processor.launch.ProcessorLauncher;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Compares the JPA entities with the snapshot before the project compiles. In generate mode a difference becomes a
 * new migration class and an updated snapshot in the source tree, compiled by the same build; in check mode
 * ({@code -Dschemac.mode=check}, the default when the environment has {@code CI=true}) it fails the build with an
 * error on each changed entity field. Always writes the migration index the runtime reads.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PROCESS_SOURCES,
        requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class GenerateMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** {@code generate} or {@code check}; unset means check when {@code CI=true}, else generate. */
    @Parameter(property = "schemac.mode")
    private String mode;

    /** {@code jpa} (Hibernate's default naming) or {@code spring} (Spring Boot's snake_case naming). */
    @Parameter(property = "schemac.naming", defaultValue = "jpa")
    private String naming;

    /** The snapshot file, relative to the project. */
    @Parameter(property = "schemac.snapshot", defaultValue = Options.DEFAULT_SNAPSHOT)
    private String snapshot;

    /** The package of the migration classes, in the main source folder. */
    @Parameter(property = "schemac.package", defaultValue = Options.DEFAULT_PACKAGE)
    private String migrationPackage;

    /** A description for the next migration, e.g. {@code -Dschemac.name="add loyalty points"}. */
    @Parameter(property = "schemac.name")
    private String name;

    /** Forces the version of the next migration (digits); meant for reproducible tests. */
    @Parameter(property = "schemac.version")
    private String version;

    /** Skips schemac. */
    @Parameter(property = "schemac.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.build.directory}/generated-resources/schemac", readonly = true)
    private File indexDirectory;

    @Parameter(defaultValue = "${project.build.directory}/schemac", readonly = true)
    private File workDirectory;

    @Parameter(defaultValue = "${project.build.sourceEncoding}", readonly = true)
    private String encoding;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("schemac: skipped");
            return;
        }
        addIndexToResources();
        Charset charset = charset();
        ProcessorLauncher.Result result;
        try {
            result = ProcessorLauncher.run(new ProcessorLauncher.Request(sourceRoots(), classpath(), options(),
                    workDirectory.toPath(), charset));
        } catch (IOException | IllegalStateException e) {
            throw new MojoExecutionException("schemac could not run: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // javac itself failed (schemac's own failures are reported as [schemac:internal] findings).
            throw new MojoExecutionException("schemac could not run: javac failed with " + e
                    + ". Nothing was written to the source tree; please report this with the entities involved", e);
        }
        if (result.skipped()) {
            getLog().info("schemac: entities, snapshot and migrations unchanged since the last run");
        }
        int errors = log(result.findings());
        if (!result.success()) {
            throw new MojoFailureException("schemac: " + errors + " error(s); see above. Nothing was written to the"
                    + " source tree.");
        }
    }

    private Charset charset() throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return Charset.defaultCharset();
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("schemac cannot read the sources: project.build.sourceEncoding is '"
                    + encoding + "', which is not a character set this JVM knows", e);
        }
    }

    private void addIndexToResources() {
        String dir = indexDirectory.getAbsolutePath();
        if (project.getResources().stream().noneMatch(r -> dir.equals(r.getDirectory()))) {
            Resource resource = new Resource();
            resource.setDirectory(dir);
            project.addResource(resource);
        }
    }

    /** The processor options of this run, from the parameters; a goal that generates differently adjusts them. */
    protected Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put(Options.BASE_DIR, project.getBasedir().getAbsolutePath());
        options.put(Options.MODE, mode());
        putIfSet(options, Options.NAMING, naming);
        options.put(Options.SNAPSHOT, snapshot);
        options.put(Options.SOURCE_DIR, project.getBuild().getSourceDirectory());
        options.put(Options.PACKAGE, migrationPackage);
        options.put(Options.INDEX_DIR, indexDirectory.getAbsolutePath());
        putIfSet(options, Options.NAME, name);
        putIfSet(options, Options.VERSION, version);
        return options;
    }

    /** {@code generate} or {@code check}, as configured; the check goal always checks. */
    protected String mode() {
        return mode != null && !mode.isBlank() ? mode
                : "true".equalsIgnoreCase(System.getenv("CI")) ? "check" : "generate";
    }

    /** The snapshot file, relative to the project. */
    protected String snapshotPath() {
        return snapshot;
    }

    /** Whether {@code schemac.skip} is set. */
    protected boolean skipped() {
        return skip;
    }

    private List<Path> sourceRoots() {
        return project.getCompileSourceRoots().stream().map(Path::of).toList();
    }

    private List<Path> classpath() throws MojoExecutionException {
        String output = project.getBuild().getOutputDirectory();
        try {
            // The project's own classes are left out: schemac reads the entities from source, never stale classes.
            return project.getCompileClasspathElements().stream()
                    .filter(e -> !Objects.equals(e, output))
                    .map(Path::of)
                    .toList();
        } catch (org.apache.maven.artifact.DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("schemac needs the compile classpath: " + e.getMessage(), e);
        }
    }

    /** Logs findings the way the compiler plugin does, so IDEs and people find the file and line. */
    private int log(List<Finding> findings) {
        Log log = getLog();
        int errors = 0;
        for (Finding f : findings) {
            switch (f.kind()) {
                case ERROR -> {
                    errors++;
                    log.error(f.toString());
                }
                case WARNING, MANDATORY_WARNING -> log.warn(f.toString());
                default -> log.info(f.toString());
            }
        }
        return errors;
    }

    private static void putIfSet(Map<String, String> options, String key, String value) {
        if (value != null && !value.isBlank()) {
            options.put(key, value);
        }
    }
}
