package dev.schemac.processor.launch;

import com.sun.source.util.JavacTask;
import dev.schemac.processor.Options;
import dev.schemac.processor.ProjectFiles;
import dev.schemac.processor.SchemacProcessor;
import dev.schemac.processor.diag.Message;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs schemac over a project's sources in a javac of its own, before and apart from the project's compile; javac
 * only parses and enters the entity files, then schemac reads them and javac stops. Build plugins call this; it writes migrations into the source tree with plain file
 * I/O, so the project's compile then sees them as ordinary sources: compiled in the same build, never twice, and
 * it runs even when no source changed (only the snapshot did), which a processor inside the compile would not.
 *
 * <p>Two things keep it cheap: javac gets the entity files with their method bodies blanked ({@link BodyBlanker}),
 * and when no input changed since the last successful run ({@link InputFingerprint}) javac does not run at all.
 */
public final class ProcessorLauncher {
    private ProcessorLauncher() {
    }

    /**
     * What to process.
     *
     * @param sourceRoots the project's source folders
     * @param classpath the project's compile classpath, without its own output folder
     * @param options the {@code schemac.*} processor options, without {@code -A}
     * @param workDir a folder of schemac's own for javac's (empty) outputs and the last run's fingerprint
     * @param encoding the source encoding
     */
    public record Request(List<Path> sourceRoots, List<Path> classpath, Map<String, String> options, Path workDir,
            Charset encoding) {
        public Request {
            sourceRoots = List.copyOf(sourceRoots);
            classpath = List.copyOf(classpath);
            options = Map.copyOf(options);
        }
    }

    /**
     * What javac and the processor reported.
     *
     * @param success whether no error was reported
     * @param findings every diagnostic, in the order reported
     * @param entityFiles how many files were given to javac as possible entities; 0 when skipped
     * @param skipped whether nothing changed since the last successful run, so javac did not run
     */
    public record Result(boolean success, List<Finding> findings, int entityFiles, boolean skipped) {
    }

    public static Result run(Request request) throws IOException {
        Options options;
        try {
            options = Options.parse(request.options(), Map.of());
        } catch (IllegalArgumentException e) {
            // The error the processor would report: a build shows it like any other, not as a stack trace.
            return new Result(false, List.of(new Finding(Diagnostic.Kind.ERROR, null, 0, 0,
                    Message.OPTION_INVALID.format(e.getMessage()))), 0, false);
        }
        String fingerprint = InputFingerprint.of(request.sourceRoots(), request.classpath(), request.options(),
                options.snapshot(), processorVersion());
        Optional<LastRun> last = LastRun.load(request.workDir());
        if (last.isPresent() && last.get().fingerprint().equals(fingerprint)) {
            return new Result(true, last.get().warnings(), 0, true);
        }
        LastRun.forget(request.workDir());
        Result result = compile(request, options);
        if (result.success()) {
            // A migration this run wrote is part of the inputs of the next build; otherwise they are unchanged.
            String after = !wroteMigration(result) ? fingerprint : InputFingerprint.of(request.sourceRoots(),
                    request.classpath(), request.options(), options.snapshot(), processorVersion());
            List<Finding> warnings = result.findings().stream()
                    .filter(f -> f.kind() == Diagnostic.Kind.WARNING || f.kind() == Diagnostic.Kind.MANDATORY_WARNING)
                    .toList();
            new LastRun(after, warnings).save(request.workDir());
        }
        return result;
    }

    private static ProjectFiles join(CompletableFuture<ProjectFiles> files) {
        try {
            return files.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static boolean wroteMigration(Result result) {
        String written = "[schemac:" + Message.MIGRATION_WRITTEN.tag() + "]";
        return result.findings().stream().anyMatch(f -> f.message().startsWith(written));
    }

    private static Result compile(Request request, Options parsed) throws IOException {
        // The snapshot and the migrations do not depend on the entities: read them while javac reads those.
        CompletableFuture<ProjectFiles> projectFiles = CompletableFuture.supplyAsync(() -> ProjectFiles.read(parsed));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("schemac needs a JDK (javax.tools found no Java compiler); run the build"
                    + " with a JDK, not a JRE");
        }
        List<EntitySourceFinder.Source> entityFiles = EntitySourceFinder.find(request.sourceRoots(),
                parsed.migrationDir(), request.encoding());
        List<String> options = List.of(
                "-proc:none", // schemac runs itself below; no processor from the classpath runs here
                "-encoding", request.encoding().name(),
                "-d", Files.createDirectories(request.workDir().resolve("classes")).toString(),
                "-sourcepath", join(request.sourceRoots()),
                "-classpath", join(request.classpath()));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                request.encoding())) {
            List<JavaFileObject> units = entityFiles.parallelStream().map(ProcessorLauncher::blanked).toList();
            JavacTask task = (JavacTask) javac.getTask(new StringWriter(), files, diagnostics, options, null, units);
            task.setLocale(Locale.ROOT);
            // With no entity file javac has nothing to read, but schemac must still run: every table may be gone.
            OnceEntered run = new OnceEntered(task, units.isEmpty() ? List.of() : task.parse(),
                    processorOptions(request), diagnostics, sameOptions -> join(projectFiles));
            if (!units.isEmpty()) {
                task.addTaskListener(run);
                try {
                    task.analyze();
                } catch (RuntimeException e) {
                    if (!OnceEntered.stoppedBy(e)) {
                        throw e;
                    }
                }
            }
            run.runIfNotYet();
            List<Finding> findings = diagnostics.getDiagnostics().stream().map(Finding::of).toList();
            boolean success = findings.stream().noneMatch(Finding::isError);
            return new Result(success, findings, entityFiles.size(), false);
        }
    }

    /**
     * The request's options, with the classpath and source roots schemac compiles converters on enums and Booleans
     * with. They are not part of the fingerprint's options: the fingerprint covers every file of both already.
     */
    private static Map<String, String> processorOptions(Request request) {
        Map<String, String> options = new java.util.HashMap<>(request.options());
        options.putIfAbsent(Options.CLASSPATH, join(request.classpath()));
        options.putIfAbsent(Options.SOURCEPATH, join(request.sourceRoots()));
        return options;
    }

    /** The file's text with the code schemac does not read blanked, under the file's own name for diagnostics. */
    private static JavaFileObject blanked(EntitySourceFinder.Source source) {
        String text = BodyBlanker.blank(source.text());
        return new SimpleJavaFileObject(source.file().toUri(), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }

    /** Identifies this build of schemac, so that a new schemac version runs again on unchanged inputs. */
    private static String processorVersion() {
        try {
            Path jar = Path.of(SchemacProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }
}
