package dev.schemac.maven.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Converters on an enum and a Boolean through the real {@code mvn} plugin path: from a clean build, where nothing
 * is compiled yet, the generate goal compiles and calls them and writes their values into the migration's checks;
 * an edit of the converter alone gives a migration that changes the check.
 */
class ConvertersGoalIT {
    private static final String SNAPSHOT = "src/main/resources/schemac/snapshot.json";
    private static final String CONVERTER = "src/main/java/it/wardrobe/SizeCodes.java";

    @Test
    void aCleanBuildWritesTheConvertedValuesAndAConverterEditChangesTheCheck(TestInfo test) throws Exception {
        SampleProject wardrobe = SampleProject.copy("wardrobe", test.getTestMethod().orElseThrow().getName());

        Maven.Result first = Maven.run(wardrobe.dir(), "clean", "compile");

        assertTrue(first.succeeded(), first.output());
        List<String> migrations = wardrobe.migrations();
        assertEquals(1, migrations.size(), migrations::toString);
        String migration = wardrobe.read("src/main/java/db/migration/" + migrations.get(0));
        // the order of Hibernate's check: a HashSet of the codes (see ConvertedValuesTest)
        assertTrue(migration.contains("size in ('S','L','M')"), migration);
        assertTrue(migration.contains("ironed in ('N','Y')"), migration);
        String className = migrations.get(0).replace(".java", "");
        assertTrue(Files.isRegularFile(wardrobe.file("target/classes/db/migration/" + className + ".class")));

        wardrobe.replace(CONVERTER, "return size == null ? null : size.code;",
                "return size == null ? null : size.code.toLowerCase(java.util.Locale.ROOT);");
        Maven.Result second = Maven.run(wardrobe.dir(), "compile");

        assertTrue(second.succeeded(), second.output());
        assertEquals(2, wardrobe.migrations().size(), wardrobe.migrations()::toString);
        String change = wardrobe.read("src/main/java/db/migration/" + wardrobe.migrations().get(1));
        assertTrue(change.contains("size in ('s','l','m')"), change);
        assertTrue(wardrobe.read(SNAPSHOT).contains("size in ('s','l','m')"), wardrobe.read(SNAPSHOT));
    }
}
