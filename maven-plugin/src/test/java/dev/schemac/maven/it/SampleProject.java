package dev.schemac.maven.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A fresh copy of a sample project under {@code target/it-work}, with helpers to edit it and see what changed. */
final class SampleProject {
    private final Path dir;

    private SampleProject(Path dir) {
        this.dir = dir;
    }

    /** Copies {@code src/it/<name>} to a new folder named after the test, with schemac's version filled in. */
    static SampleProject copy(String name, String testName) throws IOException {
        Path source = Path.of(System.getProperty("it.projects")).resolve(name);
        Path target = Path.of(System.getProperty("it.work")).resolve(testName);
        deleteRecursively(target);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.writeString(to, Files.readString(f).replace("@schemac.version@",
                            System.getProperty("it.version")));
                }
            }
        }
        return new SampleProject(target);
    }

    Path dir() {
        return dir;
    }

    Path file(String relative) {
        return dir.resolve(relative);
    }

    String read(String relative) throws IOException {
        return Files.readString(file(relative), StandardCharsets.UTF_8);
    }

    void write(String relative, String content) throws IOException {
        Files.createDirectories(file(relative).getParent());
        Files.writeString(file(relative), content, StandardCharsets.UTF_8);
    }

    /** Replaces the first occurrence of {@code text} in a file, failing if it is not there. */
    void replace(String relative, String text, String replacement) throws IOException {
        String content = read(relative);
        if (!content.contains(text)) {
            throw new IllegalArgumentException(relative + " does not contain " + text);
        }
        write(relative, content.replace(text, replacement));
    }

    /** Every file under {@code relative} with its modification time and content, to compare before and after. */
    Map<String, String> state(String relative) throws IOException {
        Map<String, String> state = new TreeMap<>();
        Path root = file(relative);
        if (!Files.exists(root)) {
            return state;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                FileTime time = Files.getLastModifiedTime(f);
                state.put(dir.relativize(f).toString(), time.toMillis() + ":" + Files.size(f) + ":"
                        + Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(f))));
            }
        }
        return state;
    }

    /** The output of the newest {@code mvn} run in this project. */
    String lastLog() throws IOException {
        try (Stream<Path> logs = Files.list(dir.getParent())) {
            Path newest = logs.filter(f -> f.getFileName().toString().startsWith(dir.getFileName() + "-mvn"))
                    .max(java.util.Comparator.comparing(f -> f.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no mvn run yet in " + dir));
            return Files.readString(newest, StandardCharsets.UTF_8);
        }
    }

    /** The migration sources in the default package, by file name. */
    java.util.List<String> migrations() throws IOException {
        Path folder = file("src/main/java/db/migration");
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(f);
            }
        }
    }
}
