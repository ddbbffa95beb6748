package dev.schemac.processor.fidelity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.MigrationReport;
import dev.schemac.Schemac;
import dev.schemac.processor.Options.NamingStyle;
import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * schemac's fidelity to Hibernate ORM 7: for each corpus of entities and each naming style, the database that
 * schemac's generated migration builds must be the database Hibernate builds for the same classes, element for
 * element except constraint and index names, and Hibernate must validate it.
 */
@DatabaseTest
class FidelityTest {
    static Stream<Arguments> corporaAndNamings() {
        return Corpus.all().stream()
                .flatMap(corpus -> Stream.of(NamingStyle.values()).map(naming -> Arguments.of(corpus, naming)));
    }

    @ParameterizedTest(name = "{0} with {1} naming")
    @MethodSource("corporaAndNamings")
    void schemacBuildsTheSchemaHibernateBuilds(Corpus corpus, NamingStyle naming, @TempDir Path project)
            throws IOException {
        SchemacBuild.Output build = new SchemacBuild(project).build(corpus, naming);
        List<Class<?>> entities = build.entities();
        assertFalse(entities.isEmpty(), "the corpus " + corpus + " has no entities");
        try (URLClassLoader loader = build.loader(); TestDatabase schemacDb = TestDatabase.create();
                TestDatabase hibernateDb = TestDatabase.create();
                HibernateSchema hibernate = new HibernateSchema(build.managedTypes(), loader, naming)) {
            MigrationReport report = Schemac.configure(schemacDb.dataSource()).classLoader(loader).migrate();
            assertEquals(1, report.applied().size(), "applied migrations");
            hibernate.create(hibernateDb.dataSource());

            ElementComparison comparison = ElementComparison.of(CatalogElements.of(schemacDb.dataSource()),
                    CatalogElements.of(hibernateDb.dataSource()));
            System.out.printf("fidelity %s, %s naming, %d entities, on %s: %d schema elements compared, %d"
                    + " matched%n", corpus, naming.name().toLowerCase(Locale.ROOT), entities.size(),
                    TestDatabase.serverDescription(), comparison.compared(), comparison.matched());
            assertTrue(comparison.allMatch(), () -> "schemac's schema (" + build.migrationSource().getFileName()
                    + ") differs from Hibernate's:" + comparison.differences());

            assertDoesNotThrow(() -> hibernate.validate(schemacDb.dataSource()),
                    "Hibernate's validation of schemac's schema");
        }
    }
}
