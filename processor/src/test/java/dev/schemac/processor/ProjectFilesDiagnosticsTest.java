package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A snapshot, migration folder or target schemac cannot use: one error naming the file, on the compilation as a
 * whole, and the project is left as it was.
 */
class ProjectFilesDiagnosticsTest {
    private static final String FIRST = GoldenPipelineTest.FIRST;

    @TempDir
    Path dir;
    private TestProject project;

    @BeforeEach
    void firstRelease() {
        project = new TestProject(dir);
        assertThat(SchemacCompiler.generate(project, "20260101000000").compile(ShopModel.files(ShopModel.release1())))
                .succeeded();
        project.ageFiles();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"generate", "check"})
    void aMalformedSnapshotIsAnError(String mode) {
        project.write(TestProject.SNAPSHOT, "{\"format\": 1, \"tables\": [\n");

        assertOnlyError(compile(mode), "[schemac:snapshot-invalid] the snapshot " + project.path(TestProject.SNAPSHOT)
                + " cannot be read: ", ". Restore it from version control (git checkout -- <file>) or fix it;"
                + " schemac changed nothing");
    }

    @Test
    void aSnapshotOfAnotherFormatIsAnError() {
        project.write(TestProject.SNAPSHOT,
                project.read(TestProject.SNAPSHOT).replace("\"format\": 2", "\"format\": 3"));

        assertOnlyError(compile("generate"), "[schemac:snapshot-invalid] the snapshot "
                + project.path(TestProject.SNAPSHOT) + " cannot be read: format: written by a newer schemac (format 3);"
                + " this version reads format 2: upgrade schemac. Restore it from version control", "");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"generate", "check"})
    void aMissingSnapshotNextToMigrationsIsAnError(String mode) {
        project.delete(TestProject.SNAPSHOT);

        assertOnlyError(compile(mode), "[schemac:snapshot-missing] the snapshot " + project.path(TestProject.SNAPSHOT)
                + " does not exist but 1 migration(s) do in " + project.path(TestProject.MIGRATIONS) + ". Restore the"
                + " snapshot from version control; without it schemac would generate the whole schema again", "");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"generate", "check"})
    void twoMigrationsWithOneVersionAreAnError(String mode) {
        project.write(TestProject.MIGRATIONS + "/V020260101000000__Copy.java",
                project.read(TestProject.MIGRATIONS + "/" + FIRST));

        assertOnlyError(compile(mode), "[schemac:migration-source] cannot read the migration "
                + project.path(TestProject.MIGRATIONS) + ": two migrations have version 20260101000000:"
                + " V020260101000000__Copy.java and " + FIRST + "; give one of them a new version", "");
    }

    @Test
    void aSnapshotThatCannotBeWrittenWritesNothing() {
        project.delete(TestProject.SNAPSHOT);
        project.delete(TestProject.MIGRATIONS + "/" + FIRST);
        project.delete("src/main/resources/schemac");
        // The snapshot's folder is a file, so the snapshot cannot be created; the migration must not be left alone.
        project.write("src/main/resources/schemac", "not a folder");
        project.ageFiles();
        Map<String, String> before = project.state();

        Compilation compilation = SchemacCompiler.generate(project, "20260101000000")
                .compile(ShopModel.files(ShopModel.release1()));

        assertOnlyError(compilation, "[schemac:write-failed] cannot write " + TestProject.MIGRATIONS + "/" + FIRST
                + ", " + TestProject.SNAPSHOT + ", " + TestProject.INDEX + ": java.nio.file.FileAlreadyExistsException: "
                + project.path("src/main/resources/schemac") + ". " + WRITTEN_TOGETHER, "");
        assertEquals(before, project.state());
        assertEquals(List.of(), project.migrations());
    }

    @Test
    void anIndexThatCannotBeWrittenIsAnError() {
        project.delete(TestProject.INDEX);
        project.delete("target/generated-resources/schemac/META-INF/schemac");
        project.write("target/generated-resources/schemac/META-INF/schemac", "not a folder");
        project.ageFiles();
        Map<String, String> before = project.state();

        Compilation compilation = compile("check");

        assertOnlyError(compilation, "[schemac:write-failed] cannot write " + TestProject.INDEX
                + ": java.nio.file.FileAlreadyExistsException: "
                + project.path("target/generated-resources/schemac/META-INF/schemac") + ". " + WRITTEN_TOGETHER, "");
        assertEquals(before, project.state());
    }

    @Test
    void anIndexThatCannotBeWrittenLeavesTheNewMigrationAndSnapshotUnwrittenToo() {
        project.delete(TestProject.INDEX);
        project.delete("target/generated-resources/schemac/META-INF/schemac");
        project.write("target/generated-resources/schemac/META-INF/schemac", "not a folder");
        project.ageFiles();
        Map<String, String> before = project.state();

        Compilation compilation = SchemacCompiler.generate(project, "20260102000000")
                .compile(ShopModel.files(ShopModel.release2()));

        assertThat(compilation).failed();
        assertEquals(before, project.state(), "no migration without its snapshot and index");
    }

    private static final String WRITTEN_TOGETHER = "schemac writes these files together: none of them was changed,"
            + " unless the message above lists some as already written";

    private Compilation compile(String mode) {
        SchemacCompiler compiler = mode.equals("check") ? SchemacCompiler.check(project)
                : SchemacCompiler.generate(project, "20260102000000");
        return compiler.compile(ShopModel.files(ShopModel.release1()));
    }

    /** Exactly one error, without a location, starting and ending as given; the project unchanged. */
    private void assertOnlyError(Compilation compilation, String start, String end) {
        assertThat(compilation).failed();
        List<String> errors = compilation.errors().stream().map(e -> e.getMessage(Locale.ROOT)).toList();
        assertEquals(1, errors.size(), errors::toString);
        String error = errors.get(0);
        assertEquals(start, error.substring(0, Math.min(start.length(), error.length())));
        assertEquals(end, error.substring(Math.max(0, error.length() - end.length())));
        assertNull(compilation.errors().get(0).getSource());
    }
}
