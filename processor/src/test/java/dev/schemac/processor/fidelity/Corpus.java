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
 * A set of entity sources under {@code src/test/resources/fidelity/<name>} (or {@code fidelity-next/<name>} while
 * schemac cannot read it yet), compiled as one project. They are resources, not test sources, so that only the
 * fidelity tests compile them, with schemac's processor.
 *
 * @param name the folder's name
 * @param sources the {@code .java} files, sorted
 */
record Corpus(String name, List<Path> sources) {
    private static final String ROOT = "/fidelity";
    private static final String PENDING_ROOT = "/fidelity-next";
    /** A system property naming the corpora to run, comma-separated ({@code -Dfidelity.corpora=shop,hotel}). */
    private static final String ONLY = "fidelity.corpora";

    /** Every corpus schemac must build exactly as Hibernate does, by folder name. */
    static List<Corpus> all() {
        return under(ROOT);
    }

    /** The corpora that wait for mappings schemac does not read yet, by folder name. */
    static List<Corpus> pending() {
        return under(PENDING_ROOT);
    }

    private static List<Corpus> under(String root) {
        try (Stream<Path> folders = Files.list(root(root))) {
            List<String> only = List.of(System.getProperty(ONLY, "").split(",")).stream().map(String::strip)
                    .filter(name -> !name.isEmpty()).toList();
            return folders.filter(Files::isDirectory)
                    .filter(f -> only.isEmpty() || only.contains(f.getFileName().toString()))
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

    private static Path root(String root) {
        URL url = Corpus.class.getResource(root);
        if (url == null) {
            throw new IllegalStateException("no test resource folder " + root);
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
