package dev.schemac.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding migration sources in the migration folder. */
class MigrationSourcesTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void findsMigrationsSortedByVersionAsANumber() throws IOException {
        write("V10__Third.java", "class V10__Third {}");
        write("V2__Second.java", "class V2__Second {}");
        write("V1__First.java", "class V1__First {}");
        List<MigrationSource> found = MigrationSources.scan(dir, "db.migration");
        assertEquals(List.of("1", "2", "10"), found.stream().map(MigrationSource::version).toList());
        MigrationSource first = found.get(0);
        assertEquals(new MigrationSource(dir.resolve("V1__First.java"), "1", "First", "db.migration.V1__First",
                SourceChecksum.of("class V1__First {}")), first);
    }

    @Test
    void ignoresOtherFilesAndSubfolders() throws IOException {
        write("V1__First.java", "class V1__First {}");
        write("Helper.java", "class Helper {}");
        write("V__NoVersion.java", "");
        write("Vx__Letters.java", "");
        write("V2__Dash-Name.java", "");
        write("V3__Text.txt", "");
        write("V4_OneUnderscore.java", "");
        write("old/V5__Nested.java", "");
        Files.createDirectories(dir.resolve("V6__Folder.java"));
        assertEquals(List.of("V1__First"), MigrationSources.scan(dir, "db.migration").stream()
                .map(MigrationSource::description).map(d -> "V1__" + d).toList());
    }

    @Test
    void returnsNothingWhenTheFolderDoesNotExist() throws IOException {
        assertEquals(List.of(), MigrationSources.scan(dir.resolve("missing"), "db.migration"));
    }

    @Test
    void refusesTwoMigrationsWithOneVersion() throws IOException {
        write("V1__First.java", "");
        write("V01__Again.java", "");
        IOException e = assertThrows(IOException.class, () -> MigrationSources.scan(dir, "db.migration"));
        assertEquals("two migrations have version 1: V01__Again.java and V1__First.java; give one of them a new"
                + " version", e.getMessage());
    }

    @Test
    void namesTheFileThatCannotBeRead() throws IOException {
        Files.write(dir.resolve("V1__Broken.java"), new byte[] {(byte) 0xC3, (byte) 0x28});
        IOException e = assertThrows(IOException.class, () -> MigrationSources.scan(dir, "db.migration"));
        assertTrue(e.getMessage().startsWith("V1__Broken.java: "), e.getMessage());
    }

    @Test
    void scansAThousandMigrationsQuickly() throws IOException {
        String body = MigrationWriter.write(MigrationScenarios.all().get("CreateShop"));
        for (int i = 1; i <= 1000; i++) {
            String name = "V" + i + "__Step" + i;
            write(name + ".java", body.replace("V20261121093000__CreateShop", name));
        }
        long start = System.nanoTime();
        List<MigrationSource> found = MigrationSources.scan(dir, "db.migration");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1000, found.size());
        assertEquals("1000", found.get(999).version());
        assertTrue(millis < 3000, "took " + millis + " ms");
    }
}
