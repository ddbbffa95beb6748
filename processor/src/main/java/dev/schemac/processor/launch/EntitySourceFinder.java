package dev.schemac.processor.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Picks the source files that can declare an entity: those whose text contains {@code Entity}. Every
 * {@code @Entity} class names the annotation in its file, so no entity is missed; the other files are read by javac
 * only when an entity refers to them (through the source path), which keeps the extra javac run small.
 */
final class EntitySourceFinder {
    private static final byte[] MARKER = "Entity".getBytes(StandardCharsets.US_ASCII);

    private EntitySourceFinder() {
    }

    /**
     * The candidate files under the source roots.
     *
     * @param migrationDir the migration package's folder, skipped: schemac writes it and it holds no entity, but a
     *     generated class name such as {@code V1__CreateOrderEntity} would otherwise match
     */
    static List<Path> find(List<Path> sourceRoots, Path migrationDir) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path root : sourceRoots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.getFileName().toString().endsWith(".java"))
                        .filter(f -> !migrationDir.equals(f.getParent()))
                        .filter(Files::isRegularFile)
                        .filter(EntitySourceFinder::mentionsEntity)
                        .sorted()
                        .forEach(found::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return found;
    }

    private static boolean mentionsEntity(Path file) {
        try {
            return indexOf(Files.readAllBytes(file), MARKER) >= 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
