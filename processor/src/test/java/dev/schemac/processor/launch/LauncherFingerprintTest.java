package dev.schemac.processor.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.processor.ShopModel;
import dev.schemac.processor.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's shortcut: with no input changed since the last successful run it skips javac and repeats that
 * run's warnings; any change to a source, the snapshot or an option runs it again, and so does every run after one
 * that failed.
 */
class LauncherFingerprintTest {
    @TempDir
    Path dir;
    private TestProject project;
    /** The warnings of the run that generated the second release. */
    private List<Finding> warnings;

    @BeforeEach
    void twoReleases() throws IOException {
        project = new TestProject(dir);
        ShopModel.writeTo(project.path(Launches.SOURCES), ShopModel.release1());
        assertTrue(Launches.run(project, "generate", "schemac.version", "20260101000000").success());
        ShopModel.writeTo(project.path(Launches.SOURCES), ShopModel.release2());
        ProcessorLauncher.Result second = Launches.run(project, "generate", "schemac.version", "20260102000000");
        assertTrue(second.success(), second.findings()::toString);
        assertFalse(second.skipped());
        warnings = second.findings().stream().filter(f -> f.kind() == Diagnostic.Kind.WARNING).toList();
        // Old times show any later write; the run after them records them as the last run's inputs.
        project.ageFiles();
        assertFalse(Launches.run(project, "generate", "schemac.version", "20260102000000").skipped());
        assertTrue(Launches.run(project, "generate", "schemac.version", "20260102000000").skipped());
    }

    @Test
    void anUnchangedBuildSkipsJavacAndRepeatsTheWarnings() {
        Map<String, String> before = project.state();

        ProcessorLauncher.Result result = Launches.run(project, "generate", "schemac.version", "20260102000000");

        assertTrue(result.skipped());
        assertTrue(result.success());
        assertEquals(0, result.entityFiles());
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).message().startsWith("[schemac:retained-column] column customer.phone"),
                warnings::toString);
        assertEquals(project.path(Launches.SOURCES + "/shop/Customer.java"), warnings.get(0).file());
        assertEquals(warnings, result.findings());
        assertEquals(before, project.state());
    }

    @Test
    void aChangedSnapshotRunsAgain() throws IOException {
        project.write(TestProject.SNAPSHOT, project.read(TestProject.SNAPSHOT) + "\n");

        assertRunsAgain(Launches.run(project, "generate", "schemac.version", "20260102000000"));
    }

    @Test
    void aTouchedEntityRunsAgain() throws IOException {
        Files.setLastModifiedTime(project.path(Launches.SOURCES + "/shop/Review.java"), FileTime.from(Instant.now()));

        assertRunsAgain(Launches.run(project, "generate", "schemac.version", "20260102000000"));
    }

    @Test
    void aTouchedEmbeddableRunsAgain() throws IOException {
        // Not a file javac is given, but one it reads through the source path.
        Files.setLastModifiedTime(project.path(Launches.SOURCES + "/shop/Address.java"), FileTime.from(Instant.now()));

        assertRunsAgain(Launches.run(project, "generate", "schemac.version", "20260102000000"));
    }

    @Test
    void aChangedOptionRunsAgain() {
        assertRunsAgain(Launches.run(project, "generate", "schemac.version", "20260102000001"));
    }

    @Test
    void aRunWithErrorsIsNeverSkipped() throws IOException {
        Files.writeString(project.path(Launches.SOURCES + "/shop/Product.java"),
                ShopModel.edit(ShopModel.PRODUCT_2, "private BigDecimal price;",
                        "@jakarta.persistence.Lob int price;"));
        ProcessorLauncher.Result failed = Launches.run(project, "generate", "schemac.version", "20260103000000");
        assertFalse(failed.success());

        ProcessorLauncher.Result again = Launches.run(project, "generate", "schemac.version", "20260103000000");

        assertFalse(again.skipped());
        assertFalse(again.success());
        assertEquals(failed.findings(), again.findings());
        assertTrue(Launches.messages(again).contains("[schemac:invalid-mapping] Product.price: @Lob is supported on"
                + " String, byte[], char[], Clob, NClob and Blob only"), again.findings()::toString);
    }

    @Test
    void aFailedCheckIsNeverSkipped() throws IOException {
        Files.writeString(project.path(Launches.SOURCES + "/shop/Product.java"),
                ShopModel.edit(ShopModel.PRODUCT_2, "length = 200", "length = 300"));
        ProcessorLauncher.Result failed = Launches.run(project, "check");
        assertFalse(failed.success());

        ProcessorLauncher.Result again = Launches.run(project, "check");

        assertFalse(again.skipped());
        assertFalse(again.success());
        assertEquals(failed.findings(), again.findings());
        assertTrue(Launches.messages(again).contains("[schemac:pending-change] column product.name changed from"
                + " varchar(200) to varchar(300), but no migration records it. Run 'mvn compile' without"
                + " -Dschemac.mode=check (and without CI=true) to generate the migration, then review and commit it"
                + " with " + TestProject.SNAPSHOT), again.findings()::toString);
    }

    /** Ran javac, found nothing to do, wrote nothing into the source tree and repeated the same warnings. */
    private void assertRunsAgain(ProcessorLauncher.Result result) {
        assertFalse(result.skipped());
        assertTrue(result.success(), result.findings()::toString);
        assertEquals(warnings, result.findings());
        assertEquals(List.of("V20260101000000__CreateCustomerOrdersAndProduct.java",
                "V20260102000000__UpdateCustomerProductAndReview.java"), project.migrations());
    }
}
