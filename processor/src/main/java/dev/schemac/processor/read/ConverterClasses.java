package dev.schemac.processor.read;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a converter and what it needs, apart from the project's compile, and loads it in a class loader of its
 * own: javac with {@code -proc:none -implicit:class}, the project's source roots and classpath, into a scratch
 * folder deleted by {@link #close()}, several converters in one javac run where it can. A converter without a
 * source under the roots (from a dependency) is loaded from the classpath as it is. The JDK's compiler is looked
 * up only when a converter needs it.
 */
final class ConverterClasses implements AutoCloseable {
    /** A loaded converter class, or why there is none. */
    record Loaded(Class<?> converter, String problem) {
    }

    private final List<URLClassLoader> loaders = new ArrayList<>();
    /** The class loader of each converter compiled so far, by binary name. */
    private final Map<String, URLClassLoader> compiled = new HashMap<>();
    private Path scratch;
    /** javac's first error in the last compile that failed. */
    private String lastProblem;

    /**
     * Loads {@code converter} with {@code paths}; never throws. The first compile takes the {@code candidates}
     * (other converters that may be called in this run) along, as one javac run costs about as much as several.
     */
    Loaded load(TypeElement converter, ConverterPaths paths, Collection<TypeElement> candidates) {
        String binaryName = binaryName(converter);
        Path source = sourceOf(converter, paths.sourcepath());
        try {
            URLClassLoader loader = compiled.get(binaryName);
            if (loader == null && source != null) {
                Map<String, Path> batch = new LinkedHashMap<>();
                batch.put(binaryName, source);
                for (TypeElement candidate : candidates) {
                    Path file = sourceOf(candidate, paths.sourcepath());
                    if (file != null && !compiled.containsKey(binaryName(candidate))) {
                        batch.putIfAbsent(binaryName(candidate), file);
                    }
                }
                loader = compileAll(batch, paths);
                if (loader == null && batch.size() > 1) {
                    // one of the others does not compile: the converter's own message is the one to show
                    batch = Map.of(binaryName, source);
                    loader = compileAll(batch, paths);
                }
                if (loader == null) {
                    return new Loaded(null, "does not compile: " + lastProblem);
                }
            } else if (loader == null) {
                loader = loader(List.of(), paths); // from a library: as the classpath has it
            }
            return new Loaded(Class.forName(binaryName, false, loader), null);
        } catch (ClassNotFoundException | LinkageError e) {
            return new Loaded(null, source == null ? "has no source under the source path " + paths.sourcepath()
                    + " and cannot be loaded from the classpath (" + e + "); pass the source roots with -A"
                    + dev.schemac.processor.Options.SOURCEPATH : "cannot be loaded once compiled: " + e);
        } catch (IOException e) {
            return new Loaded(null, "cannot be compiled: " + e);
        }
    }

    /** Compiles the sources into a folder of their own; the loader of it, or {@code null} with the problem kept. */
    private URLClassLoader compileAll(Map<String, Path> sources, ConverterPaths paths) throws IOException {
        Path out = Files.createTempDirectory(scratch(), "converters");
        lastProblem = compile(List.copyOf(new LinkedHashSet<>(sources.values())), out, paths);
        if (lastProblem != null) {
            return null;
        }
        URLClassLoader loader = loader(List.of(out), paths);
        for (String name : sources.keySet()) {
            compiled.put(name, loader);
        }
        return loader;
    }

    private URLClassLoader loader(List<Path> first, ConverterPaths paths) {
        List<Path> entries = new ArrayList<>(first);
        entries.addAll(paths.classpath());
        URLClassLoader loader = new URLClassLoader(urls(entries), ClassLoader.getPlatformClassLoader());
        loaders.add(loader);
        return loader;
    }

    private static String compile(List<Path> sources, Path out, ConverterPaths paths) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return "schemac needs a JDK's compiler to evaluate converters; run the build with a JDK, not a JRE";
        }
        List<String> options = List.of("-proc:none", "-implicit:class", "-nowarn", "-encoding", "UTF-8",
                "-d", out.toString(), "-sourcepath", join(paths.sourcepath()), "-classpath", join(paths.classpath()));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            boolean compiled = javac.getTask(new StringWriter(), files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            if (compiled) {
                return null;
            }
            return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .findFirst().map(ConverterClasses::describe).orElse("javac failed without a message");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Diagnostic<? extends JavaFileObject> error) {
        String file = error.getSource() == null ? "" : Path.of(error.getSource().toUri()).getFileName() + ":"
                + error.getLineNumber() + ": ";
        return file + error.getMessage(Locale.ROOT);
    }

    /** The converter's top-level class's file under one of the roots, or {@code null}. */
    private static Path sourceOf(TypeElement converter, List<Path> roots) {
        Element top = converter;
        while (top.getEnclosingElement() instanceof TypeElement outer) {
            top = outer;
        }
        Element pkg = top.getEnclosingElement();
        String folder = pkg instanceof PackageElement p && !p.isUnnamed()
                ? p.getQualifiedName().toString().replace('.', '/') + "/" : "";
        for (Path root : roots) {
            Path file = root.resolve(folder + top.getSimpleName() + ".java");
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }

    /** {@code a.b.Outer$Inner} for a nested class: the name a class loader knows it by. */
    static String binaryName(TypeElement type) {
        if (type.getEnclosingElement() instanceof TypeElement outer) {
            return binaryName(outer) + "$" + type.getSimpleName();
        }
        return type.getQualifiedName().toString();
    }

    private Path scratch() throws IOException {
        if (scratch == null) {
            scratch = Files.createTempDirectory("schemac-converters");
        }
        return scratch;
    }

    private static URL[] urls(List<Path> entries) {
        URL[] urls = new URL[entries.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = entries.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return urls;
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    /** Closes the class loaders and deletes the scratch folder. */
    @Override
    public void close() {
        for (URLClassLoader loader : loaders) {
            try {
                loader.close();
            } catch (IOException e) {
                // a loader that cannot close holds a file open; the temp folder is then left for the OS
            }
        }
        loaders.clear();
        compiled.clear();
        if (scratch != null) {
            try (Stream<Path> walk = Files.walk(scratch)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // left for the OS's temp cleanup
            }
            scratch = null;
        }
    }
}
