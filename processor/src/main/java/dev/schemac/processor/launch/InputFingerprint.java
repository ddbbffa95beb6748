package dev.schemac.processor.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A digest of everything a schemac run depends on: the path, size and modification time of every Java source
 * and classpath entry, the migration folder, the snapshot's content and the options. When it equals the digest
 * stored after the last successful run, that run's outcome still holds and javac need not run again.
 */
final class InputFingerprint {
    private InputFingerprint() {
    }

    static String of(List<Path> sourceRoots, List<Path> classpath, Map<String, String> options, Path snapshot,
            String version) throws IOException {
        MessageDigest digest = sha256();
        update(digest, "schemac " + version);
        new TreeMap<>(options).forEach((k, v) -> update(digest, "option " + k + "=" + v));
        for (Path root : sourceRoots) {
            update(digest, "root " + root);
            for (Path file : javaFiles(root)) {
                stat(digest, file);
            }
        }
        for (Path entry : classpath) {
            if (Files.isDirectory(entry)) {
                // A folder on the classpath (e.g. a sibling module's classes) counts by its files.
                for (Path file : files(entry)) {
                    stat(digest, file);
                }
            } else {
                stat(digest, entry);
            }
        }
        update(digest, "snapshot " + snapshot);
        if (Files.isRegularFile(snapshot)) {
            digest.update(Files.readAllBytes(snapshot));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void stat(MessageDigest digest, Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            update(digest, file + " " + a.size() + " " + a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            update(digest, file + " missing");
        }
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        return files(root).stream().filter(f -> f.getFileName().toString().endsWith(".java")).toList();
    }

    private static List<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
