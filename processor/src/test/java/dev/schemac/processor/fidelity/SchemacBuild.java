package dev.schemac.processor.fidelity;

import dev.schemac.processor.Options;
import dev.schemac.processor.Options.NamingStyle;
import dev.schemac.processor.SchemacProcessor;
import dev.schemac.processor.diag.Message;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Builds a corpus the way a user's project is built: javac compiles the entities with schemac's processor in
 * generate mode, which writes the migration into the project's sources; a second javac compiles that migration.
 */
final class SchemacBuild {
    /** A fixed version, so that every run generates the same migration. */
    static final String VERSION = "1";

    private final Path project;

    /** A build in this (empty) project folder. */
    SchemacBuild(Path project) {
        this.project = project;
    }

    /**
     * The compiled entities and migration, and the migration index, on one class loader; {@code migrationSource}
     * is {@code null} when the entities were compiled without schemac.
     */
    record Output(Path classes, Path migrationSource, URLClassLoader loader) {
        /** The {@code @Entity} classes, loaded. */
        List<Class<?>> entities() {
            return classes(type -> type.isAnnotationPresent(Entity.class));
        }

        /**
         * What a scan of the project hands Hibernate, as Spring Boot's entity scan or a persistence unit does: the
         * entities, embeddables, mapped superclasses and converters. Without the converters, Hibernate would not
         * apply those with {@code autoApply = true}.
         */
        List<Class<?>> managedTypes() {
            return classes(type -> type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
                    || type.isAnnotationPresent(MappedSuperclass.class) || type.isAnnotationPresent(Converter.class));
        }

        private List<Class<?>> classes(Predicate<Class<?>> filter) {
            List<Class<?>> found = new ArrayList<>();
            for (Path file : files(classes, ".class")) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.');
                name = name.substring(0, name.length() - ".class".length());
                if (name.endsWith("package-info") || name.startsWith(Options.DEFAULT_PACKAGE + ".")) {
                    continue;
                }
                try {
                    Class<?> type = Class.forName(name, false, loader);
                    if (filter.test(type)) {
                        found.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("compiled but not loadable: " + name, e);
                }
            }
            return found;
        }
    }

    /** Compiles the corpus with schemac's processor and then its migration; throws on any error or warning. */
    Output build(Corpus corpus, NamingStyle naming) {
        Attempt attempt = attempt(corpus, naming);
        if (!attempt.problems().isEmpty()) {
            throw new AssertionError("javac failed or warned:\n" + String.join("\n", attempt.messages()));
        }
        return attempt.output();
    }

    /**
     * What javac reports when it compiles the corpus with schemac's processor, and, when that compiles without
     * errors, the compiled entities and migration.
     *
     * @param problems errors and warnings, in javac's order
     * @param output the build, or {@code null} when there were errors
     */
    record Attempt(List<Diagnostic<? extends JavaFileObject>> problems, Output output) {
        List<String> messages() {
            return problems.stream().map(Diagnostic::toString).toList();
        }

        /** The errors' messages, without file and line. */
        List<String> errors() {
            return problems.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getMessage(Locale.ROOT)).toList();
        }
    }

    /** Compiles the corpus with schemac's processor without failing on its errors; see {@link Attempt}. */
    Attempt attempt(Corpus corpus, NamingStyle naming) {
        Path classes = project.resolve("target/classes");
        List<Diagnostic<? extends JavaFileObject>> problems = compile(corpus.sources(), classes,
                List.of(new SchemacProcessor()),
                "-A" + Options.BASE_DIR + "=" + project,
                "-A" + Options.MODE + "=generate",
                "-A" + Options.NAMING + "=" + naming.name().toLowerCase(Locale.ROOT),
                "-A" + Options.VERSION + "=" + VERSION,
                // what the Maven plugin passes, for converters on enums and Booleans; the source root schemac finds
                "-A" + Options.CLASSPATH + "=" + System.getProperty("java.class.path"));
        if (problems.stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR)) {
            return new Attempt(problems, null);
        }
        List<Path> migrations = files(project.resolve(Options.DEFAULT_SOURCE_DIR), ".java");
        if (migrations.size() != 1) {
            throw new AssertionError("expected one generated migration, found " + migrations);
        }
        List<Diagnostic<? extends JavaFileObject>> migrationProblems = compile(migrations, classes, List.of());
        if (!migrationProblems.isEmpty()) {
            throw new AssertionError("the generated migration does not compile:\n" + migrationProblems);
        }
        return new Attempt(problems, new Output(classes, migrations.get(0),
                loader(classes, project.resolve(Options.DEFAULT_INDEX_DIR))));
    }

    /** Compiles the corpus without any annotation processor, for Hibernate alone; throws on errors. */
    Output compileEntities(Corpus corpus) {
        Path classes = project.resolve("target/classes");
        List<Diagnostic<? extends JavaFileObject>> problems = compile(corpus.sources(), classes, List.of());
        if (problems.stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR)) {
            throw new AssertionError("the corpus " + corpus + " does not compile:\n" + problems);
        }
        return new Output(classes, null, loader(classes));
    }

    /** Errors and warnings of one javac run. */
    private static List<Diagnostic<? extends JavaFileObject>> compile(List<Path> sources, Path classes,
            List<Processor> processors, String... options) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            Files.createDirectories(classes);
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            List<String> arguments = new ArrayList<>(List.of(options));
            // the test's own class path (surefire's manifest jar, which javac expands), plus what was compiled
            arguments.addAll(List.of("-classpath", System.getProperty("java.class.path") + File.pathSeparator
                    + classes));
            if (processors.isEmpty()) {
                arguments.add("-proc:none");
            }
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, arguments, null,
                    files.getJavaFileObjectsFromPaths(sources));
            if (!processors.isEmpty()) {
                task.setProcessors(processors);
            }
            boolean success = task.call();
            List<Diagnostic<? extends JavaFileObject>> problems = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                // The corpora are real models, timestamps and integer ids included: lint is not what they test.
                if (d.getKind() == Diagnostic.Kind.ERROR || (d.getKind() == Diagnostic.Kind.WARNING
                        || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) && !isLint(d)) {
                    problems.add(d);
                }
            }
            if (!success && problems.stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR)) {
                throw new AssertionError("javac failed without an error: " + problems);
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isLint(Diagnostic<? extends JavaFileObject> diagnostic) {
        String message = diagnostic.getMessage(Locale.ROOT);
        return Arrays.stream(Message.values()).filter(Message::isLint)
                .anyMatch(m -> message.startsWith("[schemac:" + m.tag() + "]"));
    }

    private static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URLClassLoader loader(Path... folders) {
        try {
            URL[] urls = new URL[folders.length];
            for (int i = 0; i < folders.length; i++) {
                urls[i] = folders[i].toUri().toURL();
            }
            return new URLClassLoader(urls, SchemacBuild.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
