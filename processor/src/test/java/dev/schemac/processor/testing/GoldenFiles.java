package dev.schemac.processor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares generated text with an expected file under {@code src/test/resources/golden}. Run the tests with
 * {@code -Dschemac.updateGolden=true} to rewrite the files after an intended change, then review the diff.
 */
public final class GoldenFiles {
    private static final Path ROOT = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("schemac.updateGolden");

    private GoldenFiles() {
    }

    public static void assertMatches(String name, String actual) {
        Path file = ROOT.resolve(name);
        try {
            if (UPDATE) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("no golden file " + file.toAbsolutePath() + "; run with -Dschemac.updateGolden=true to create"
                        + " it, then review it. Actual:\n" + actual);
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
