package dev.schemac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.schemac.internal.migrate.fixtures.V11__OnlineChanges;
import dev.schemac.operation.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The script of a migration, online and not, compared with files under {@code src/test/resources/scripts} that a
 * reviewer can read; {@code -Dschemac.updateGolden=true} rewrites them after an intended change.
 */
class SqlScriptTest {
    private static final Path ROOT = Path.of("src", "test", "resources", "scripts");

    @Test
    void onlineScriptRunsTheTransactionThenTheOnlineSteps() throws IOException {
        assertMatches("online-changes.sql", SqlScript.render(operationsOf(new V11__OnlineChanges()), true));
    }

    @Test
    void offlineScriptIsOneTransaction() throws IOException {
        assertMatches("online-changes-offline.sql", SqlScript.render(new V11__OnlineChanges(), false));
    }

    private static List<Operation> operationsOf(Migration migration) {
        SchemaChanges changes = new SchemaChanges();
        migration.up(changes);
        return changes.operations();
    }

    private static void assertMatches(String name, String actual) throws IOException {
        Path file = ROOT.resolve(name);
        if (Boolean.getBoolean("schemac.updateGolden")) {
            Files.createDirectories(ROOT);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("no golden file " + file.toAbsolutePath() + "; run with -Dschemac.updateGolden=true. Actual:\n"
                    + actual);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from " + file);
    }
}
