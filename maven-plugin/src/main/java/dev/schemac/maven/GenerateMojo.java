package dev.schemac.maven;

import dev.schemac.processor.Options;
import dev.schemac.processor.launch.ProcessorLauncher;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
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
    private MavenProject project;

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
        ProcessorLauncher.Result result;
        try {
            result = ProcessorLauncher.run(new ProcessorLauncher.Request(sourceRoots(), classpath(), options(),
                    workDirectory.toPath(), encoding == null ? Charset.defaultCharset() : Charset.forName(encoding)));
        } catch (IOException | IllegalStateException e) {
            throw new MojoExecutionException("schemac could not run: " + e.getMessage(), e);
        }
        int errors = log(result.diagnostics());
        if (!result.success()) {
            throw new MojoFailureException("schemac: " + errors + " error(s); see above. Nothing was written to the"
                    + " source tree.");
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

    private Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put(Options.BASE_DIR, project.getBasedir().getAbsolutePath());
        putIfSet(options, Options.MODE, mode);
        putIfSet(options, Options.NAMING, naming);
        options.put(Options.SNAPSHOT, snapshot);
        options.put(Options.SOURCE_DIR, project.getBuild().getSourceDirectory());
        options.put(Options.PACKAGE, migrationPackage);
        options.put(Options.INDEX_DIR, indexDirectory.getAbsolutePath());
        putIfSet(options, Options.NAME, name);
        putIfSet(options, Options.VERSION, version);
        return options;
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

    /** Logs diagnostics the way the compiler plugin does, so IDEs and people find the file and line. */
    private int log(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        Log log = getLog();
        int errors = 0;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            String text = where(d) + d.getMessage(java.util.Locale.ROOT);
            switch (d.getKind()) {
                case ERROR -> {
                    errors++;
                    log.error(text);
                }
                case WARNING, MANDATORY_WARNING -> log.warn(text);
                default -> log.info(text);
            }
        }
        return errors;
    }

    private static String where(Diagnostic<? extends JavaFileObject> d) {
        if (d.getSource() == null) {
            return "";
        }
        String file = Path.of(d.getSource().toUri()).toString();
        return d.getLineNumber() > 0 ? file + ":[" + d.getLineNumber() + "," + d.getColumnNumber() + "] " : file + " ";
    }

    private static void putIfSet(Map<String, String> options, String key, String value) {
        if (value != null && !value.isBlank()) {
            options.put(key, value);
        }
    }
}
