package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.SchemacCompiler.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.schemac.internal.index.IndexEntry;
import dev.schemac.internal.index.MigrationIndex;
import dev.schemac.processor.testing.GoldenFiles;
import dev.schemac.processor.write.SourceChecksum;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline as a user runs it: the shop compiled in generate mode writes a migration, the snapshot and the
 * index into the project, an unchanged compile writes nothing, and the next release gives the next migration.
 */
class GoldenPipelineTest {
    static final String FIRST = "V20260101000000__CreateCustomerOrdersAndProduct.java";
    static final String SECOND = "V20260102000000__UpdateCustomerProductAndReview.java";

    @TempDir
    Path dir;

    @Test
    void firstReleaseWritesTheMigrationTheSnapshotAndTheIndex() throws IOException {
        TestProject project = new TestProject(dir);

        Compilation compilation = SchemacCompiler.generate(project, "20260101000000")
                .compile(ShopModel.files(ShopModel.release1()));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(List.of(FIRST), project.migrations());
        GoldenFiles.assertMatches("pipeline/" + FIRST, project.read(TestProject.MIGRATIONS + "/" + FIRST));
        GoldenFiles.assertMatches("pipeline/snapshot-1.json", project.read(TestProject.SNAPSHOT));
        assertEquals(List.of(entry(project, FIRST)), index(project));
        assertEquals(List.of("[schemac:generated] wrote migration " + TestProject.MIGRATIONS + "/" + FIRST
                + " (9 operation(s)) and updated " + TestProject.SNAPSHOT),
                messages(compilation, Diagnostic.Kind.NOTE));
        assertEquals(List.of(TestProject.MIGRATIONS + "/" + FIRST, TestProject.SNAPSHOT, TestProject.INDEX),
                List.copyOf(project.state().keySet()));
    }

    @Test
    void anUnchangedCompileWritesNothing() {
        TestProject project = new TestProject(dir);
        SchemacCompiler.generate(project, "20260101000000").compile(ShopModel.files(ShopModel.release1()));
        project.ageFiles();
        Map<String, String> before = project.state();

        Compilation compilation = SchemacCompiler.generate(project, "20260101000001")
                .compile(ShopModel.files(ShopModel.release1()));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(List.of(), messages(compilation, Diagnostic.Kind.NOTE));
        assertEquals(before, project.state());
    }

    @Test
    void theNextReleaseGivesTheNextMigration() throws IOException {
        TestProject project = new TestProject(dir);
        SchemacCompiler.generate(project, "20260101000000").compile(ShopModel.files(ShopModel.release1()));
        String first = project.read(TestProject.MIGRATIONS + "/" + FIRST);

        Compilation compilation = SchemacCompiler.generate(project, "20260102000000")
                .compile(ShopModel.files(ShopModel.release2()));

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[schemac:retained-column] column customer.phone is no longer"
                + " mapped").inFile(ShopModel.file("Customer", ShopModel.CUSTOMER_2))
                .onLineContaining("public class Customer");
        assertEquals(1, compilation.warnings().size(), () -> compilation.warnings().toString());
        assertEquals(List.of(FIRST, SECOND), project.migrations());
        assertEquals(first, project.read(TestProject.MIGRATIONS + "/" + FIRST));
        GoldenFiles.assertMatches("pipeline/" + SECOND, project.read(TestProject.MIGRATIONS + "/" + SECOND));
        GoldenFiles.assertMatches("pipeline/snapshot-2.json", project.read(TestProject.SNAPSHOT));
        assertEquals(List.of(entry(project, FIRST), entry(project, SECOND)), index(project));
        assertEquals(List.of("[schemac:generated] wrote migration " + TestProject.MIGRATIONS + "/" + SECOND
                + " (4 operation(s)) and updated " + TestProject.SNAPSHOT),
                messages(compilation, Diagnostic.Kind.NOTE));
    }

    @Test
    void theSameEvolutionGivesTheSameFilesInAnyProject(@TempDir Path other) {
        TestProject one = new TestProject(dir);
        TestProject two = new TestProject(other);
        for (TestProject project : List.of(one, two)) {
            SchemacCompiler.generate(project, "20260101000000").compile(ShopModel.files(ShopModel.release1()));
            SchemacCompiler.generate(project, "20260102000000").compile(ShopModel.files(ShopModel.release2()));
        }

        assertEquals(List.of(TestProject.MIGRATIONS + "/" + FIRST, TestProject.MIGRATIONS + "/" + SECOND,
                TestProject.SNAPSHOT, TestProject.INDEX), List.copyOf(one.contents().keySet()));
        assertEquals(one.contents(), two.contents());
    }

    /** The index entry the runtime needs for a migration file, with the checksum of what was written. */
    static IndexEntry entry(TestProject project, String file) {
        String stem = file.substring(0, file.length() - ".java".length());
        return new IndexEntry(stem.substring(1, stem.indexOf("__")), stem.substring(stem.indexOf("__") + 2),
                SourceChecksum.of(project.read(TestProject.MIGRATIONS + "/" + file)), "db.migration." + stem);
    }

    static List<IndexEntry> index(TestProject project) throws IOException {
        return MigrationIndex.parse(new StringReader(project.read(TestProject.INDEX))).entries();
    }
}
