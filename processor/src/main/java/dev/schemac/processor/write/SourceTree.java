package dev.schemac.processor.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of files together: every file is first written next to its target under a temporary name, and
 * only when all of them were written are they moved into place. Files whose content is unchanged are not touched,
 * so an unchanged build recompiles nothing. Plain file I/O, not the Filer: these files belong to the source tree.
 */
public final class SourceTree {
    private final Map<Path, String> pending = new LinkedHashMap<>();

    /** Schedules {@code content} (UTF-8) for {@code file}. */
    public SourceTree put(Path file, String content) {
        pending.put(file, content);
        return this;
    }

    /** The content scheduled for {@code file}. */
    public String pending(Path file) {
        String content = pending.get(file);
        if (content == null) {
            throw new IllegalArgumentException(file + " is not scheduled");
        }
        return content;
    }

    /** The scheduled files, relative to {@code base} where they are inside it, for messages. */
    public String describePending(Path base) {
        List<String> names = new ArrayList<>();
        for (Path file : pending.keySet()) {
            names.add(file.startsWith(base) ? base.relativize(file).toString() : file.toString());
        }
        return String.join(", ", names);
    }

    /**
     * Writes the scheduled files whose content differs from what is on disk.
     *
     * @return the files written
     * @throws IOException when a file cannot be written; then no target file has been changed, unless moving the
     *     finished files into place failed part way, which the message says
     */
    public List<Path> commit() throws IOException {
        Map<Path, Path> temporaries = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, String> e : pending.entrySet()) {
                Path target = e.getKey();
                byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
                if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".schemac-tmp");
                temporaries.put(target, temp);
                Files.write(temp, bytes);
            }
        } catch (IOException e) {
            deleteQuietly(temporaries.values());
            throw e;
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, Path> e : temporaries.entrySet()) {
            try {
                move(e.getValue(), e.getKey());
                written.add(e.getKey());
            } catch (IOException failure) {
                deleteQuietly(temporaries.values());
                throw new IOException(failure.getMessage() + " (already written: " + written + ")", failure);
            }
        }
        pending.clear();
        return written;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Iterable<Path> files) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // Best effort: a leftover temporary file is harmless and named as ours.
            }
        }
    }
}
