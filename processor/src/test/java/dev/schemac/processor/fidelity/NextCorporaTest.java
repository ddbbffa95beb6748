package dev.schemac.processor.fidelity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.schemac.Schemac;
import dev.schemac.processor.Options.NamingStyle;
import dev.schemac.testing.DatabaseTest;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpora under {@code fidelity-next/}, which use mappings schemac does not read yet. Each must be valid JPA:
 * Hibernate 7 must build its schema for it under both naming styles, or the test fails. schemac's processor then
 * runs on it, and the test prints its errors by kind, the progress meter of the work on issue 3; it does not
 * assert them, so a corpus can move to {@code fidelity/} as soon as {@link FidelityTest} passes for it. When
 * schemac reads a corpus without errors, its schema is compared with Hibernate's and the figures are printed.
 */
@DatabaseTest
class NextCorporaTest {
    private static final Map<String, String> SUMMARY = new TreeMap<>();
    private static final ReusedDatabase JPA_DB = new ReusedDatabase();
    private static final ReusedDatabase SPRING_DB = new ReusedDatabase();
    private static final ReusedDatabase SCHEMAC_DB = new ReusedDatabase();

    static List<Corpus> pendingCorpora() {
        return Corpus.pending();
    }

    // none is pending while schemac reads every corpus; the folder stays for the next one
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("pendingCorpora")
    void hibernateBuildsTheCorpusAndSchemacSaysWhatItCannotReadYet(Corpus corpus, @TempDir Path project)
            throws IOException {
        SchemacBuild.Output compiled = new SchemacBuild(project.resolve("plain")).compileEntities(corpus);
        List<Class<?>> entities = compiled.entities();
        List<Class<?>> managedTypes = compiled.managedTypes();
        assertFalse(entities.isEmpty(), "the corpus " + corpus + " has no entities");
        DataSource jpaDb = JPA_DB.emptied();
        DataSource springDb = SPRING_DB.emptied();
        try (URLClassLoader loader = compiled.loader();
                HibernateSchema jpa = new HibernateSchema(managedTypes, loader, NamingStyle.JPA);
                HibernateSchema spring = new HibernateSchema(managedTypes, loader, NamingStyle.SPRING)) {
            assertDoesNotThrow(() -> jpa.create(jpaDb),
                    () -> "Hibernate rejects the corpus " + corpus + " with JPA naming");
            assertDoesNotThrow(() -> spring.create(springDb),
                    () -> "Hibernate rejects the corpus " + corpus + " with Spring naming");
            report(corpus, entities.size(), project.resolve("schemac"), jpaDb);
        }
    }

    /**
     * Prints what schemac makes of the corpus: its errors by kind or, when it reads the corpus, how its schema
     * compares with Hibernate's. schemac failing in any way is printed, never asserted.
     */
    private static void report(Corpus corpus, int entities, Path project, DataSource hibernateDb) {
        StringBuilder text = new StringBuilder(String.format("fidelity-next %s, %d entities: Hibernate builds it;",
                corpus, entities));
        String summary;
        try {
            SchemacBuild.Attempt attempt = new SchemacBuild(project).attempt(corpus, NamingStyle.JPA);
            List<String> errors = attempt.errors();
            if (attempt.output() == null) {
                summary = errors.size() + " schemac errors";
                text.append(String.format(" schemac reports %d errors:", errors.size()));
                SchemacErrorKinds.count(errors).forEach((kind, count) -> text.append(String.format("%n  %4d  %s",
                        count, kind)));
            } else {
                ElementComparison comparison;
                try (URLClassLoader loader = attempt.output().loader()) {
                    comparison = compareWithSchemac(attempt.output(), hibernateDb);
                }
                summary = String.format("schemac reads it; jpa naming: %d of %d elements match",
                        comparison.matched(), comparison.compared());
                text.append(String.format(" schemac reads it; with jpa naming %d schema elements compared, %d"
                        + " matched%s", comparison.compared(), comparison.matched(), comparison.allMatch()
                                ? " (move it to fidelity/ once FidelityTest passes for it)"
                                : comparison.differences()));
            }
        } catch (RuntimeException | AssertionError | IOException e) {
            summary = "schemac fails on it";
            text.append(" schemac fails on it: ").append(e);
        }
        System.out.println(text);
        SUMMARY.put(corpus.name(), String.format("%3d entities, %s", entities, summary));
    }

    private static ElementComparison compareWithSchemac(SchemacBuild.Output build, DataSource hibernateDb) {
        DataSource schemacDb = SCHEMAC_DB.emptied();
        Schemac.configure(schemacDb).classLoader(build.loader()).migrate();
        return ElementComparison.of(CatalogElements.of(schemacDb), CatalogElements.of(hibernateDb));
    }

    @AfterAll
    static void printSummaryAndDropDatabases() {
        JPA_DB.close();
        SPRING_DB.close();
        SCHEMAC_DB.close();
        StringBuilder text = new StringBuilder("fidelity-next summary:");
        SUMMARY.forEach((corpus, line) -> text.append(String.format("%n  %-12s %s", corpus, line)));
        System.out.println(text);
    }
}
