package dev.schemac.maven.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The generate goal in real {@code mvn} builds of a sample project, step by step as a developer works. */
class GenerateGoalIT {
    private static final String SNAPSHOT = "src/main/resources/schemac/snapshot.json";
    private static final String INDEX = "target/classes/META-INF/schemac/migrations.idx";
    private static final Pattern MIGRATION = Pattern.compile("V\\d{14}__[A-Za-z0-9]+\\.java");
    private static final String NEW_FIELD = "    private String email;\n";

    @Test
    void firstCompileWritesAndCompilesTheMigrationAndASecondCompileTouchesNothing(TestInfo test) throws Exception {
        SampleProject shop = compiledShop(test);
        List<String> migrations = shop.migrations();
        assertEquals(1, migrations.size(), migrations::toString);
        assertTrue(MIGRATION.matcher(migrations.get(0)).matches(), migrations.get(0));
        String className = migrations.get(0).replace(".java", "");
        assertTrue(Files.isRegularFile(shop.file("target/classes/db/migration/" + className + ".class")),
                "the migration is compiled by the same build");
        assertTrue(shop.read(SNAPSHOT).contains("\"customer\""), shop.read(SNAPSHOT));
        assertTrue(shop.read(INDEX).contains("db.migration." + className), shop.read(INDEX));
        assertTrue(shop.lastLog().contains("[schemac:generated] wrote migration src/main/java/db/migration/"
                + migrations.get(0)), "the note reaches Maven's output");

        Map<String, String> sources = shop.state("src");
        Map<String, String> classes = shop.state("target/classes");
        Maven.Result again = Maven.run(shop.dir(), "compile");
        assertTrue(again.succeeded(), again.output());
        assertEquals(sources, shop.state("src"), "an unchanged build writes nothing into the source tree");
        assertEquals(classes, shop.state("target/classes"), "an unchanged build recompiles nothing");
        assertTrue(again.output().contains("Nothing to compile"), again.output());
    }

    @Test
    void aChangedEntityGivesANewMigrationCompiledInOneBuild(TestInfo test) throws Exception {
        SampleProject shop = compiledShop(test);
        shop.replace("src/main/java/it/shop/Customer.java", NEW_FIELD, NEW_FIELD + "\n    private int loyaltyPoints;\n");

        Maven.Result result = Maven.run(shop.dir(), "compile");

        assertTrue(result.succeeded(), result.output());
        List<String> migrations = shop.migrations();
        assertEquals(2, migrations.size(), migrations::toString);
        String second = shop.read("src/main/java/db/migration/" + migrations.get(1));
        assertTrue(second.contains("loyaltypoints"), second);
        assertTrue(shop.read(SNAPSHOT).contains("loyaltypoints"), shop.read(SNAPSHOT));
        String className = migrations.get(1).replace(".java", "");
        assertTrue(Files.isRegularFile(shop.file("target/classes/db/migration/" + className + ".class")));
        assertTrue(shop.read(INDEX).contains(className), shop.read(INDEX));
    }

    @Test
    void aRemovedFieldIsKeptAndWarnedAboutOnEveryBuild(TestInfo test) throws Exception {
        SampleProject shop = compiledShop(test);
        shop.replace("src/main/java/it/shop/Customer.java", "    @Column(nullable = false, length = 120)\n"
                + "    private String name;\n", "");

        Maven.Result removed = Maven.run(shop.dir(), "compile");
        assertTrue(removed.succeeded(), removed.output());
        assertTrue(removed.output().contains("[WARNING] " + shop.file("src/main/java/it/shop/Customer.java")),
                "warning on the entity:\n" + removed.output());
        assertTrue(removed.output().contains("[schemac:retained-column] column customer.name is no longer mapped"),
                removed.output());
        String migration = shop.read("src/main/java/db/migration/" + shop.migrations().get(1));
        assertTrue(migration.contains("schema.dropNotNull(\"customer\", \"name\");"), migration);
        assertFalse(migration.contains("dropColumn(\"customer\", \"name\")"), "never a drop:\n" + migration);

        Maven.Result again = Maven.run(shop.dir(), "compile");
        assertTrue(again.output().contains("[schemac:retained-column] column customer.name is no longer mapped"),
                "the warning is repeated even when the run is skipped:\n" + again.output());
        assertEquals(2, shop.migrations().size());
    }

    @Test
    void cleanCompileWritesNothingNewAndBuildsInAnyOrder(TestInfo test) throws Exception {
        SampleProject shop = compiledShop(test);
        Map<String, String> sources = shop.state("src");

        for (String[] goals : List.of(new String[] {"clean", "compile"}, new String[] {"compile"},
                new String[] {"clean", "package", "-DskipTests"}, new String[] {"compile"})) {
            Maven.Result result = Maven.run(shop.dir(), goals);
            assertTrue(result.succeeded(), result.output());
            assertFalse(result.output().contains("duplicate class"), result.output());
        }
        assertEquals(sources, shop.state("src"));
    }

    @Test
    void aChangedSnapshotAloneIsNoticed(TestInfo test) throws Exception {
        SampleProject shop = compiledShop(test);
        // As after a bad merge: the snapshot says email is shorter than the entity maps it.
        shop.replace(SNAPSHOT, "\"varchar(255)\"", "\"varchar(100)\"");

        Maven.Result check = Maven.run(shop.dir(), "compile", "-Dschemac.mode=check");
        assertFalse(check.succeeded(), check.output());
        assertTrue(check.output().contains("[schemac:pending-change]"), check.output());
        assertTrue(check.output().contains("Customer.java:[17,"), "error on the email field:\n" + check.output());

        Maven.Result generate = Maven.run(shop.dir(), "compile");
        assertTrue(generate.succeeded(), generate.output());
        assertEquals(2, shop.migrations().size(), shop.migrations()::toString);
    }

    @Test
    void checkModeFailsOnTheChangedFieldAndWritesNothing(TestInfo test) throws Exception {
        SampleProject shop = compiledShop(test);
        shop.replace("src/main/java/it/shop/Customer.java", NEW_FIELD, NEW_FIELD + "    private String phone;\n");
        Map<String, String> sources = shop.state("src");

        Maven.Result result = Maven.run(shop.dir(), "compile", "-Dschemac.mode=check");

        assertFalse(result.succeeded(), result.output());
        assertTrue(result.output().contains("Customer.java:[18,"), "error on the new field's line:\n"
                + result.output());
        assertTrue(result.output().contains("column customer.phone is new"), result.output());
        assertTrue(result.output().contains("mvn compile"), "says what to run:\n" + result.output());
        assertEquals(sources, shop.state("src"), "check mode writes nothing");
    }

    @Test
    void ciEnvironmentMeansCheckModeAndANewEntityFailsOnItsClass(TestInfo test) throws Exception {
        SampleProject shop = compiledShop(test);
        shop.write("src/main/java/it/shop/Supplier.java", """
                package it.shop;

                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;

                @Entity
                public class Supplier {
                    @Id
                    private Long id;
                }
                """);
        Map<String, String> sources = shop.state("src");

        Maven.Result result = Maven.run(shop.dir(), Map.of("CI", "true"), "compile");

        assertFalse(result.succeeded(), result.output());
        assertTrue(result.output().contains("Supplier.java:[7,"), "error on the class:\n" + result.output());
        assertTrue(result.output().contains("table supplier is new"), result.output());
        assertEquals(sources, shop.state("src"));
    }

    @Test
    void checkModePassesWhenEntitiesAndSnapshotAgree(TestInfo test) throws Exception {
        SampleProject shop = compiledShop(test);
        Maven.Result result = Maven.run(shop.dir(), Map.of("CI", "true"), "compile");
        assertTrue(result.succeeded(), result.output());
    }

    /** The sample shop after its first {@code mvn compile}, which must succeed and generate one migration. */
    private static SampleProject compiledShop(TestInfo test) throws Exception {
        SampleProject shop = SampleProject.copy("shop", test.getTestMethod().orElseThrow().getName());
        Maven.Result first = Maven.run(shop.dir(), "compile");
        assertTrue(first.succeeded(), first.output());
        return shop;
    }
}
