package dev.schemac.processor.write;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.schemac.Migration;
import dev.schemac.SchemaChanges;
import dev.schemac.processor.diff.DiffResult;
import dev.schemac.processor.diff.SchemaDiff;
import dev.schemac.processor.snapshot.Snapshot;
import dev.schemac.processor.testing.GoldenFiles;
import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnType;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Table;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated migrations: expected text, clean compilation, and the same operations as the diff when run. */
class MigrationWriterTest {
    static Stream<String> scenarios() {
        return MigrationScenarios.all().keySet().stream();
    }

    private static MigrationSpec spec(String scenario) {
        return MigrationScenarios.all().get(scenario);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void writesTheExpectedSource(String scenario) {
        MigrationSpec spec = spec(scenario);
        GoldenFiles.assertMatches("migration/" + spec.className() + ".java", MigrationWriter.write(spec));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void compilesWithoutWarnings(String scenario) {
        assertThat(compile(spec(scenario))).succeededWithoutWarnings();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theCompiledMigrationDescribesExactlyTheDiffsOperations(String scenario) throws Exception {
        MigrationSpec spec = spec(scenario);
        Migration migration = load(spec, compile(spec));
        SchemaChanges up = new SchemaChanges();
        migration.up(up);
        assertEquals(spec.diff().up(), up.operations());
        SchemaChanges down = new SchemaChanges();
        migration.down(down);
        assertEquals(spec.diff().down(), down.operations());
    }

    @Test
    void writesTheSameTextEveryTime() {
        MigrationSpec spec = spec("CreateShop");
        assertEquals(MigrationWriter.write(spec), MigrationWriter.write(MigrationScenarios.all().get("CreateShop")));
    }

    @Test
    void neverApprovesDataLossItself() {
        for (MigrationSpec spec : MigrationScenarios.all().values()) {
            if (!spec.description().equals("EveryOperation")) {
                String source = MigrationWriter.write(spec);
                assertFalse(Pattern.compile("(?m)^import static dev\\.schemac\\.operation\\.Approval")
                        .matcher(source).find(), spec.className());
                String code = source.replaceAll("(?s)/\\*\\*.*?\\*/", "").replaceAll("//.*", "");
                assertFalse(code.contains("approveDataLoss"), spec.className());
            }
        }
    }

    @Test
    void explainsHowToApproveEachDestructiveOperationWithoutApproval() {
        String source = MigrationWriter.write(spec("CreateShop"));
        String down = source.substring(source.indexOf("public void down"));
        assertEquals(3, count(down, "schema.dropTable("), down);
        assertEquals(3, count(down, "schema.dropSequence("), down);
        assertEquals(6, count(down, "// [destructive] "), down);
        assertEquals(6, count(down, "// Refused until approved with approveDataLoss("), down);
        assertFalse(source.substring(0, source.indexOf("public void down")).contains("// Refused until"));
    }

    @Test
    void classifiesEveryOperationThatIsNotSafeAboveItsCall() {
        String source = MigrationWriter.write(spec("AlterCustomer"));
        assertTrue(source.contains("""
                        // [data-dependent] hand-written SQL: schemac cannot tell what it locks or whether the data lets it
                        // succeed
                        schema.sql("update customer set points = 0 where points is null");
                """), source);
        assertTrue(source.contains("        schema.addColumn(\"customer\", column(\"points\", INTEGER));\n"),
                "a safe operation has no comment: " + source);
        assertTrue(source.contains(" * <p>Classified with online mode, the runtime's default;"), source);
        assertTrue(source.contains(" * Up: 4 data-dependent, 4 safe.\n * Down: 4 destructive.\n"), source);
    }

    @Test
    void fillsExistingRowsWithThePersonsBackfillBeforeNotNull() {
        String source = MigrationWriter.write(spec("AlterCustomer"));
        assertTrue(source.contains("""
                        schema.sql("update customer set nickname = 'customer ' || id where nickname is null");

                        // [data-dependent] checked by a NOT VALID check validated after the commit, without blocking writes;
                        // fails if a row holds NULL
                        schema.setNotNull("customer", "nickname");
                """), source);
    }

    @Test
    void refusesADiffWithoutAValueForExistingRows() {
        Table before = Table.table("customer").column(Column.column("id", ColumnType.BIGINT).notNull());
        DiffResult diff = SchemaDiff.compare(new Snapshot(new SchemaModel(List.of(before), List.of())),
                new SchemaModel(List.of(before.column(Column.column("code", ColumnType.TEXT).notNull())), List.of()));

        assertThrows(IllegalArgumentException.class,
                () -> MigrationWriter.write(new MigrationSpec("db.migration", "1", "AddCode", diff)));
    }

    @Test
    void splitsAHugeMigrationIntoMethodsThatCompileAndKeepTheOrder() throws Exception {
        List<dev.schemac.schema.Table> tables = new java.util.ArrayList<>();
        for (int t = 0; t < 1000; t++) {
            dev.schemac.schema.Table table = dev.schemac.schema.Table.table("wide_" + t);
            for (int c = 0; c < 30; c++) {
                table = table.column(dev.schemac.schema.Column.column("c" + c, dev.schemac.schema.ColumnType.varchar(40)));
            }
            tables.add(table.primaryKey("wide_" + t + "_pkey", "c0"));
        }
        var diff = dev.schemac.processor.diff.SchemaDiff.compare(dev.schemac.processor.snapshot.Snapshot.EMPTY,
                new dev.schemac.schema.SchemaModel(tables, List.of()));
        MigrationSpec spec = new MigrationSpec("db.migration", "20260101000000", "CreateWideTables", diff);
        String source = MigrationWriter.write(spec);
        assertTrue(source.contains("private void upPart2(SchemaChanges schema)"), "split into parts");
        assertTrue(source.contains("upPart1(schema);\n        upPart2(schema);"), "called in order");

        Compilation compilation = compile(spec);
        assertThat(compilation).succeededWithoutWarnings();
        Migration migration = load(spec, compilation);
        SchemaChanges up = new SchemaChanges();
        migration.up(up);
        assertEquals(diff.up(), up.operations());
        SchemaChanges down = new SchemaChanges();
        migration.down(down);
        assertEquals(diff.down(), down.operations());
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    static Compilation compile(MigrationSpec spec) {
        String name = spec.packageName() + "." + spec.className();
        return Compiler.javac()
                .withOptions("-Xlint:all", "--release", "17")
                .withClasspath(List.of(runtimeClasses()))
                .compile(JavaFileObjects.forSourceString(name, MigrationWriter.write(spec)));
    }

    private static Migration load(MigrationSpec spec, Compilation compilation) throws Exception {
        String name = spec.packageName() + "." + spec.className();
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                name.replace('.', '/') + ".class").orElseThrow();
        byte[] bytes;
        try (InputStream in = file.openInputStream()) {
            bytes = in.readAllBytes();
        }
        Class<?> type = new DefiningLoader(MigrationWriterTest.class.getClassLoader()).define(name, bytes);
        return (Migration) type.getDeclaredConstructor().newInstance();
    }

    private static File runtimeClasses() {
        try {
            return new File(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Defines one compiled class; the runtime's classes come from the test's loader, so operations compare equal. */
    private static final class DefiningLoader extends ClassLoader {
        DefiningLoader(ClassLoader parent) {
            super(parent);
        }

        Class<?> define(String name, byte[] bytes) throws IOException {
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
