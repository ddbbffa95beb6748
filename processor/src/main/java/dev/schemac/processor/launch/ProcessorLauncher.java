package dev.schemac.processor.launch;

import dev.schemac.processor.SchemacProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs the schemac processor over a project's sources in a javac of its own ({@code -proc:only}), before and apart
 * from the project's compile. Build plugins call this; it writes migrations into the source tree with plain file
 * I/O, so the project's compile then sees them as ordinary sources: compiled in the same build, never twice, and
 * it runs even when no source changed (only the snapshot did), which a processor inside the compile would not.
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
     * @param workDir a folder of schemac's own for javac's (empty) outputs
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
     * @param diagnostics every diagnostic, in the order reported
     * @param entityFiles how many files were given to javac as possible entities
     */
    public record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, int entityFiles) {
    }

    public static Result run(Request request) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("schemac needs a JDK (javax.tools found no Java compiler); run the build"
                    + " with a JDK, not a JRE");
        }
        List<Path> entityFiles = EntitySourceFinder.find(request.sourceRoots());
        Path classes = Files.createDirectories(request.workDir().resolve("classes"));
        Path generated = Files.createDirectories(request.workDir().resolve("generated-sources"));
        List<String> options = new ArrayList<>(List.of(
                "-proc:only",
                "-Xlint:none", // only lint: -nowarn would also hide schemac's own warnings
                "-encoding", request.encoding().name(),
                "-d", classes.toString(),
                "-s", generated.toString(),
                "-sourcepath", join(request.sourceRoots()),
                "-classpath", join(request.classpath())));
        request.options().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> options.add("-A" + e.getKey() + "=" + e.getValue()));

        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                request.encoding())) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(entityFiles);
            // With no candidate file the processor must still run (every entity may be gone): give javac a class.
            List<String> classNames = entityFiles.isEmpty() ? List.of("java.lang.Object") : null;
            StringWriter out = new StringWriter();
            JavaCompiler.CompilationTask task = javac.getTask(out, files, diagnostics, options, classNames, units);
            task.setProcessors(List.of(new SchemacProcessor()));
            task.setLocale(Locale.ROOT);
            boolean success = task.call();
            return new Result(success, diagnostics.getDiagnostics(), entityFiles.size());
        }
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }
}
