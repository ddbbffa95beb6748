package dev.schemac.processor.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A set of entity sources under {@code src/test/resources/fidelity/<name>}, compiled as one project. They are
 * resources, not test sources, so that only the fidelity test compiles them, with schemac's processor.
 *
 * @param name the folder's name
 * @param sources the {@code .java} files, sorted
 */
record Corpus(String name, List<Path> sources) {
    private static final String ROOT = "/fidelity";

    /** Every corpus, by folder name; only the one named by {@code -Dfidelity.corpus} when that is set. */
    static List<Corpus> all() {
        String only = System.getProperty("fidelity.corpus");
        try (Stream<Path> folders = Files.list(root())) {
            return folders.filter(Files::isDirectory)
                    .filter(f -> only == null || only.isBlank() || f.getFileName().toString().equals(only))
                    .sorted().map(Corpus::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Corpus of(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            return new Corpus(folder.getFileName().toString(), sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        URL url = Corpus.class.getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("no test resource folder " + ROOT);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
