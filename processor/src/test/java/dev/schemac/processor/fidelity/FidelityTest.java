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
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
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
    private static final ReusedDatabase SCHEMAC_DB = new ReusedDatabase();
    private static final ReusedDatabase HIBERNATE_DB = new ReusedDatabase();

    @AfterAll
    static void dropDatabases() {
        SCHEMAC_DB.close();
        HIBERNATE_DB.close();
    }

    static Stream<Arguments> corporaAndNamings() {
        return Corpus.all().stream()
                .flatMap(corpus -> Stream.of(NamingStyle.values()).map(naming -> Arguments.of(corpus, naming)));
    }

    @ParameterizedTest(name = "{0} with {1} naming")
    @MethodSource("corporaAndNamings")
    void schemacBuildsTheSchemaHibernateBuilds(Corpus corpus, NamingStyle naming, @TempDir Path project)
            throws IOException {
        PhaseTimes times = new PhaseTimes();
        SchemacBuild.Output build = new SchemacBuild(project).build(corpus, naming);
        List<Class<?>> entities = build.entities();
        assertFalse(entities.isEmpty(), "the corpus " + corpus + " has no entities");
        times.end("schemac build");
        DataSource schemacDb = SCHEMAC_DB.emptied();
        DataSource hibernateDb = HIBERNATE_DB.emptied();
        try (URLClassLoader loader = build.loader();
                HibernateSchema hibernate = new HibernateSchema(build.managedTypes(), loader, naming)) {
            MigrationReport report = Schemac.configure(schemacDb).classLoader(loader).migrate();
            assertEquals(1, report.applied().size(), "applied migrations");
            times.end("migration");
            hibernate.create(hibernateDb);
            times.end("Hibernate");

            ElementComparison comparison = ElementComparison.of(CatalogElements.of(schemacDb),
                    CatalogElements.of(hibernateDb));
            times.end("comparison");
            assertTrue(comparison.allMatch(), () -> "schemac's schema (" + build.migrationSource().getFileName()
                    + ") differs from Hibernate's:" + comparison.differences());

            assertDoesNotThrow(() -> hibernate.validate(schemacDb),
                    "Hibernate's validation of schemac's schema");
            times.end("validation");
            System.out.printf("fidelity %s, %s naming, %d entities, on %s: %d schema elements compared, %d"
                    + " matched, in %s%n", corpus, naming.name().toLowerCase(Locale.ROOT), entities.size(),
                    TestDatabase.serverDescription(), comparison.compared(), comparison.matched(), times);
        }
    }
}
