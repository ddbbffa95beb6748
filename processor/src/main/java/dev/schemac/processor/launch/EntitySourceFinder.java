package dev.schemac.processor.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Picks the source files that can declare an entity: those whose text contains {@code Entity}. Every
 * {@code @Entity} class names the annotation in its file, so no entity is missed; the other files are read by javac
 * only when an entity refers to them (through the source path), which keeps schemac's javac run small. Files that
 * contain {@code autoApply} are picked too: an {@code @Converter(autoApply = true)} changes the columns of
 * entities that never name it. Files are read once, on all cores, and returned in path order.
 */
final class EntitySourceFinder {
    private EntitySourceFinder() {
    }

    /**
     * A candidate file and its text.
     *
     * @param file the path
     * @param text its content
     */
    record Source(Path file, String text) {
    }

    /**
     * The candidate files under the source roots.
     *
     * @param migrationDir the migration package's folder, skipped: schemac writes it and it holds no entity, but a
     *     generated class name such as {@code V1__CreateOrderEntity} would otherwise match
     */
    static List<Source> find(List<Path> sourceRoots, Path migrationDir, Charset encoding) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : sourceRoots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(f -> f.getFileName().toString().endsWith(".java"))
                        .filter(f -> !migrationDir.equals(f.getParent()))
                        .filter(Files::isRegularFile)
                        .sorted()
                        .forEach(files::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        try {
            return files.parallelStream()
                    .map(f -> new Source(f, read(f, encoding)))
                    .filter(s -> s.text().contains("Entity") || s.text().contains("autoApply"))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String read(Path file, Charset encoding) {
        try {
            return Files.readString(file, encoding);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
