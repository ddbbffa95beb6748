package dev.schemac.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A project folder on disk as the processor sees it, with the default layout, and what lies in it. */
public final class TestProject {
    public static final String MIGRATIONS = "src/main/java/db/migration";
    public static final String SNAPSHOT = "src/main/resources/schemac/snapshot.json";
    public static final String INDEX = "target/generated-resources/schemac/META-INF/schemac/migrations.idx";
    /** A modification time long past, so that any write afterwards shows. */
    private static final FileTime LONG_AGO = FileTime.fromMillis(946_684_800_000L);

    private final Path root;

    public TestProject(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    public boolean exists(String relative) {
        return Files.exists(path(relative));
    }

    public String read(String relative) {
        try {
            return Files.readString(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestProject write(String relative, String content) {
        try {
            Files.createDirectories(path(relative).getParent());
            Files.writeString(path(relative), content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String relative) {
        try {
            Files.delete(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The migration file names, sorted. */
    public List<String> migrations() {
        Path dir = path(MIGRATIONS);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets every file's modification time to one long past, so that {@link #state()} shows any later write. */
    public void ageFiles() {
        for (Path file : files()) {
            try {
                Files.setLastModifiedTime(file, LONG_AGO);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every file (relative path) with its content. */
    public Map<String, String> contents() {
        Map<String, String> contents = new TreeMap<>();
        for (Path file : files()) {
            contents.put(relative(file), read(relative(file)));
        }
        return contents;
    }

    /** Every file (relative path) with its modification time and content; equal states mean nothing was written. */
    public Map<String, String> state() {
        Map<String, String> state = new TreeMap<>();
        for (Path file : files()) {
            try {
                state.put(relative(file),
                        "modified " + Files.getLastModifiedTime(file).toMillis() + "\n"
                                + new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return state;
    }

    /** Puts the project back to {@code contents} (from {@link #contents()}): other files are deleted. */
    public void restore(Map<String, String> contents) {
        for (Path file : files()) {
            if (!contents.containsKey(relative(file))) {
                delete(relative(file));
            }
        }
        contents.forEach(this::write);
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
