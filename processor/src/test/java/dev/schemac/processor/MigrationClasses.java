package dev.schemac.processor;

import dev.schemac.Migration;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the migrations schemac wrote into a project, as the project's own compile does, and loads them with the
 * index beside them, as the application's classpath has them.
 */
public final class MigrationClasses {
    private MigrationClasses() {
    }

    /** A class loader with the project's compiled migrations (in {@code classes}) and its migration index. */
    public static URLClassLoader load(TestProject project, Path classes) {
        compile(project, classes);
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL(),
                    project.path(TestProject.INDEX).getParent().getParent().getParent().toUri().toURL()},
                    Migration.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void compile(TestProject project, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            List<Path> sources = project.migrations().stream()
                    .map(name -> project.path(TestProject.MIGRATIONS + "/" + name)).toList();
            boolean compiled = javac.getTask(output, files, null,
                    List.of("-proc:none", "-d", Files.createDirectories(classes).toString(), "-classpath",
                            runtimeClasses().toString()),
                    null, files.getJavaFileObjectsFromPaths(sources)).call();
            if (!compiled) {
                throw new AssertionError("the generated migrations do not compile:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the schemac runtime's classes are, the only dependency of a migration. */
    private static Path runtimeClasses() {
        try {
            return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
