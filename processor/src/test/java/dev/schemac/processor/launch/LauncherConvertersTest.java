package dev.schemac.processor.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.processor.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A converter on an enum through the launcher, as the Maven plugin runs it: the launcher hands schemac the
 * project's classpath and source roots, so no option is needed, and an edit of the converter alone (no entity
 * touched) is an input change that runs schemac again and changes the column's check.
 */
class LauncherConvertersTest {
    private static final String CONVERTER = """
            package shop;

            import jakarta.persistence.AttributeConverter;
            import jakarta.persistence.Converter;

            @Converter(autoApply = true)
            public class SizeCodes implements AttributeConverter<Size, String> {
                public String convertToDatabaseColumn(Size size) { return size == null ? null : %s; }
                public Size convertToEntityAttribute(String code) { return null; }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void theLauncherEvaluatesTheConverterAndNoticesWhenItChanges() throws IOException {
        TestProject project = new TestProject(dir);
        project.write(Launches.SOURCES + "/shop/Size.java", "package shop;\npublic enum Size { SMALL, LARGE }\n")
                .write(Launches.SOURCES + "/shop/Shirt.java", """
                        package shop;

                        import jakarta.persistence.*;

                        @Entity
                        public class Shirt {
                            @Id Long id;
                            Size size;
                        }
                        """)
                .write(Launches.SOURCES + "/shop/SizeCodes.java", CONVERTER.formatted("size.name().substring(0, 1)"));

        ProcessorLauncher.Result first = Launches.run(project, "generate", "schemac.version", "1");
        assertTrue(first.success(), first.findings()::toString);
        assertTrue(project.read(TestProject.SNAPSHOT).contains("size in ('S','L')"),
                () -> project.read(TestProject.SNAPSHOT));

        // old times show any later write; the run after them records them as the last run's inputs
        project.ageFiles();
        assertTrue(Launches.run(project, "generate", "schemac.version", "2").success());
        assertTrue(Launches.run(project, "generate", "schemac.version", "2").skipped());
        project.write(Launches.SOURCES + "/shop/SizeCodes.java", CONVERTER.formatted("size.name().toLowerCase()"));
        ProcessorLauncher.Result second = Launches.run(project, "generate", "schemac.version", "2");

        assertFalse(second.skipped());
        assertTrue(second.success(), second.findings()::toString);
        assertTrue(project.read(TestProject.SNAPSHOT).contains("size in ('small','large')"),
                () -> project.read(TestProject.SNAPSHOT));
        assertEquals(2, migrations(project).size(), () -> migrations(project).toString());
        assertTrue(project.read(TestProject.MIGRATIONS + "/" + migrations(project).get(1))
                .contains("size in ('small','large')"), () -> migrations(project).toString());
    }

    private static List<String> migrations(TestProject project) {
        try (Stream<Path> files = Files.list(project.path(TestProject.MIGRATIONS))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
