package dev.schemac.internal.migrate;

import static dev.schemac.internal.migrate.TestMigrations.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.ErrorCode;
import dev.schemac.Schemac;
import dev.schemac.SchemacException;
import dev.schemac.internal.index.IndexEntry;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** Finding and reading the index happens before any connection: these tests need no database. */
class IndexLoaderTest {
    private static final ClassLoader TEST_LOADER = IndexLoaderTest.class.getClassLoader();

    @Test
    void readsTheIndex() {
        List<IndexEntry> entries = IndexLoader.load(TEST_LOADER, "migrations/all.idx").entries();

        assertEquals(List.of("1", "2", "3"), entries.stream().map(IndexEntry::version).toList());
        assertEquals("dev.schemac.internal.migrate.fixtures.V3__AddEmail", entries.get(2).className());
    }

    @Test
    void refusesAMissingIndexAndSaysWhoWritesIt() {
        SchemacException e = refused(ErrorCode.INDEX_NOT_FOUND,
                () -> IndexLoader.load(TEST_LOADER, "migrations/none.idx"));

        assertTrue(e.getMessage().contains("migrations/none.idx"), e.getMessage());
        assertTrue(e.getMessage().contains("schemac-maven-plugin's generate goal"), e.getMessage());
    }

    @Test
    void refusesTwoIndexesNamingBoth(@TempDir Path dir) throws IOException {
        Path first = Files.createDirectories(dir.resolve("a/META-INF/schemac"));
        Path second = Files.createDirectories(dir.resolve("b/META-INF/schemac"));
        String text = "# schemac migration index 1\n";
        Files.writeString(first.resolve("migrations.idx"), text);
        Files.writeString(second.resolve("migrations.idx"), text);
        URL[] roots = {dir.resolve("a").toUri().toURL(), dir.resolve("b").toUri().toURL()};

        try (URLClassLoader loader = new URLClassLoader(roots, TEST_LOADER)) {
            // Through the public API: the index is read before any connection is made.
            SchemacException e = refused(ErrorCode.INDEX_INVALID,
                    () -> Schemac.configure(new PGSimpleDataSource()).classLoader(loader).migrate());
            assertTrue(e.getMessage().contains(roots[0] + "META-INF/schemac/migrations.idx"), e.getMessage());
            assertTrue(e.getMessage().contains(roots[1] + "META-INF/schemac/migrations.idx"), e.getMessage());
        }
    }

    @Test
    void refusesAMalformedLineNamingTheFileAndLine() {
        SchemacException e = refused(ErrorCode.INDEX_INVALID,
                () -> IndexLoader.load(TEST_LOADER, "migrations/malformed.idx"));

        assertTrue(e.getMessage().contains(TEST_LOADER.getResource("migrations/malformed.idx").toString()),
                e.getMessage());
        assertTrue(e.getMessage().contains("line 3: expected 4 tab-separated fields but found 3"), e.getMessage());
    }

    @Test
    void refusesAFileThatIsNotAnIndex() {
        SchemacException e = refused(ErrorCode.INDEX_INVALID,
                () -> IndexLoader.load(TEST_LOADER, "migrations/wrong-header.idx"));

        assertTrue(e.getMessage().contains("line 1: expected '# schemac migration index 1'"), e.getMessage());
    }

    @Test
    void refusesTwoMigrationsWithTheSameVersion() {
        SchemacException e = refused(ErrorCode.INDEX_INVALID,
                () -> IndexLoader.load(TEST_LOADER, "migrations/duplicate-version.idx"));

        assertTrue(e.getMessage().contains("two migrations have version"), e.getMessage());
    }

    @Test
    void refusesBeforeConnecting() {
        // An unusable data source: the index problem must be reported, not a connection failure.
        refused(ErrorCode.INDEX_NOT_FOUND, () -> Schemac.configure(new PGSimpleDataSource())
                .indexResource("migrations/none.idx").migrate());
    }
}
