package dev.schemac.processor.read;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.schemac.processor.Options;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Where a converter's source and the classes it needs are: {@code -Aschemac.sourcepath} and
 * {@code -Aschemac.classpath}, which the Maven plugin sets; without a source path, the source root of the
 * converter's own file, found through javac's trees.
 *
 * @param classpath the project's compile classpath, or {@code null} when no option gives it
 * @param sourcepath the project's source roots; empty when unknown
 */
record ConverterPaths(List<Path> classpath, List<Path> sourcepath) {
    static ConverterPaths of(ProcessingEnvironment env, TypeElement converter) {
        Map<String, String> options = env.getOptions();
        String classpath = options.get(Options.CLASSPATH);
        String sourcepath = options.get(Options.SOURCEPATH);
        List<Path> roots = sourcepath != null ? split(sourcepath) : rootOf(env, converter);
        return new ConverterPaths(classpath == null ? null : split(classpath), roots);
    }

    private static List<Path> split(String paths) {
        List<Path> split = new ArrayList<>();
        for (String path : paths.split(File.pathSeparator)) {
            if (!path.isBlank()) {
                split.add(Path.of(path.strip()).toAbsolutePath().normalize());
            }
        }
        return split;
    }

    /** The folder the converter's file lies in, less its package's folders; empty when not a file. */
    private static List<Path> rootOf(ProcessingEnvironment env, TypeElement converter) {
        try {
            TreePath path = Trees.instance(env).getPath(converter);
            if (path == null) {
                return List.of();
            }
            CompilationUnitTree unit = path.getCompilationUnit();
            URI uri = unit.getSourceFile().toUri();
            if (!"file".equals(uri.getScheme())) {
                return List.of();
            }
            Path folder = Path.of(uri).getParent();
            if (unit.getPackageName() != null) {
                for (int i = unit.getPackageName().toString().split("\\.").length; i > 0 && folder != null; i--) {
                    folder = folder.getParent();
                }
            }
            return folder == null ? List.of() : List.of(folder);
        } catch (IllegalArgumentException e) {
            return List.of(); // not javac's processing environment: only the options can say
        }
    }
}
