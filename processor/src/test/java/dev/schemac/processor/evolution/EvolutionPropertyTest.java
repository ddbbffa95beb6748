package dev.schemac.processor.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.schemac.ErrorCode;
import dev.schemac.Schemac;
import dev.schemac.SchemacException;
import dev.schemac.processor.MigrationClasses;
import dev.schemac.processor.SchemacCompiler;
import dev.schemac.processor.SnapshotCatalog;
import dev.schemac.processor.TestProject;
import dev.schemac.processor.evolution.Model.EntitySpec;
import dev.schemac.testing.Catalog;
import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property of every generated migration, checked on random entity evolutions applied to a populated PostgreSQL
 * database: every value in every column that is still in the database survives (columns of removed fields and
 * entities included, since schemac keeps them), no migration fails on a table with rows, and a change that can only
 * lose values is refused by the runtime, with nothing of it run, until a person approves it.
 *
 * <p>Random but reproducible: {@code -Devolution.seed=N -Devolution.runs=R -Devolution.steps=S}; a failure names its
 * seed, its step and the evolutions that led there. There is no shrinking: the steps are few and printed.
 */
@DatabaseTest
class EvolutionPropertyTest {
    private static final long SEED = Long.getLong("evolution.seed", 20261121L);
    private static final int RUNS = Integer.getInteger("evolution.runs", 12);
    private static final int STEPS = Integer.getInteger("evolution.steps", 10);
    private static final int ROWS = 4;

    @TempDir
    Path dir;

    private int evolutions;
    private int refused;
    private int decided;
    private final Map<String, Integer> kinds = new java.util.TreeMap<>();
    private long valuesChecked;
    private int rows;

    @Test
    void everyStoredValueSurvivesEveryEvolution() throws Exception {
        for (int run = 0; run < RUNS; run++) {
            long seed = SEED + run;
            List<String> steps = new ArrayList<>();
            try (TestDatabase db = TestDatabase.create()) {
                evolve(seed, db, new TestProject(dir.resolve("run-" + run)), steps);
            } catch (AssertionError | Exception e) {
                throw new AssertionError("seed " + seed + " after the evolutions " + steps + ": " + e.getMessage(),
                        e);
            }
        }
        System.out.printf("[evolution] %d runs, %d evolutions (%d refused as destructive without a decision, %d drops"
                + " decided), %d rows written, %d stored values checked after each migration in total%n", RUNS,
                evolutions, refused, decided, rows,
                valuesChecked);
        System.out.println("[evolution] by kind: " + kinds);
    }

    private void evolve(long seed, TestDatabase db, TestProject project, List<String> steps) throws Exception {
        Random random = new Random(seed);
        Evolutions generator = new Evolutions(random);
        RowBook book = new RowBook(db.dataSource());
        Model model = generator.initial();
        steps.add("initial " + model.entities());
        generate(project, model, 0);
        migrate(db, project, 0);
        populate(book, model, random);
        for (int step = 1; step <= STEPS; step++) {
            Evolution evolution = generator.next(model);
            steps.add(evolution.description());
            kinds.merge(evolution.description().split(" ")[0], 1, Integer::sum);
            Map<String, String> before = project.contents();
            generate(project, evolution.next(), step);
            if (evolution.kind() == Evolution.Kind.UNDECIDED_LOSS) {
                assertRefusedAndUntouched(db, project, step);
                project.restore(before);
                refused++;
            } else {
                if (evolution.kind() == Evolution.Kind.DECIDED_LOSS) {
                    assertGone(db, evolution, false);
                    decided++;
                }
                migrate(db, project, step);
                for (Evolution.Effect effect : evolution.effects()) {
                    book.apply(effect);
                }
                model = evolution.next();
                SnapshotCatalog.assertDatabaseIsTheSnapshot(new Catalog(db.dataSource()), project);
                if (evolution.kind() == Evolution.Kind.DECIDED_LOSS) {
                    assertGone(db, evolution, true);
                }
            }
            valuesChecked += book.verify();
            populate(book, model, random);
            evolutions++;
        }
        valuesChecked += book.verify();
        rows += book.rowsWritten();
    }

    private static void generate(TestProject project, Model model, int step) {
        Compilation compilation = SchemacCompiler.generate(project, version(step)).compile(model.sources());
        if (compilation.status() != Compilation.Status.SUCCESS) {
            throw new AssertionError("the processor refused the model:\n" + compilation.diagnostics());
        }
    }

    private void migrate(TestDatabase db, TestProject project, int step) throws Exception {
        try (URLClassLoader loader = MigrationClasses.load(project, dir.resolve("classes-" + System.nanoTime()))) {
            Schemac.configure(db.dataSource()).classLoader(loader).migrate();
        }
    }

    /** The runtime refuses the whole migration before any statement of it runs. */
    private void assertRefusedAndUntouched(TestDatabase db, TestProject project, int step) throws Exception {
        Catalog catalog = new Catalog(db.dataSource());
        List<String> schemaBefore = columns(catalog);
        List<String> historyBefore = catalog.strings("select version from schemac_history order by version");
        try (URLClassLoader loader = MigrationClasses.load(project, dir.resolve("classes-" + System.nanoTime()))) {
            SchemacException refusal = assertThrows(SchemacException.class,
                    () -> Schemac.configure(db.dataSource()).classLoader(loader).migrate(),
                    "a migration that loses values ran without approval");
            assertEquals(ErrorCode.DATA_LOSS_NOT_APPROVED, refusal.code(), refusal::getMessage);
        }
        assertEquals(schemaBefore, columns(catalog), "the refused migration changed the schema");
        assertEquals(historyBefore, catalog.strings("select version from schemac_history order by version"));
    }

    /** Whether the column or table a decision drops is gone (after the migration) or still there (before). */
    private static void assertGone(TestDatabase db, Evolution evolution, boolean gone) {
        Evolution.Drop drop = (Evolution.Drop) evolution.effects().get(0);
        Catalog catalog = new Catalog(db.dataSource());
        boolean exists = drop.column() == null ? catalog.relationExists("public", drop.table())
                : catalog.strings("select column_name from information_schema.columns where table_schema = 'public'"
                        + " and table_name = ? and column_name = ?", drop.table(), drop.column()).size() == 1;
        assertEquals(!gone, exists, () -> evolution.description() + (gone ? " did not drop it" : ": nothing to drop"));
    }

    private static List<String> columns(Catalog catalog) {
        return catalog.strings("select concat_ws(' ', table_name, column_name, data_type, character_maximum_length,"
                + " numeric_precision, is_nullable, column_default) from information_schema.columns"
                + " where table_schema = 'public' order by table_name, column_name");
    }

    private void populate(RowBook book, Model model, Random random) throws Exception {
        for (EntitySpec entity : model.entities()) {
            book.insert(entity, ROWS, random);
        }
    }


    private static String version(int step) {
        return String.format("20260101%06d", step);
    }
}
