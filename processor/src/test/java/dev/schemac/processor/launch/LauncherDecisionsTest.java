package dev.schemac.processor.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.annotation.RenamedFrom;
import dev.schemac.processor.ShopModel;
import dev.schemac.processor.TestProject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evolution decisions through the launcher the Maven plugin calls: on entity classes and on the fields of an
 * embeddable in a file that never mentions entities, which javac reads through the source path.
 */
class LauncherDecisionsTest {
    private static final String SECOND = "V20260102000000__AlterCustomer.java";

    @TempDir
    Path dir;
    private TestProject project;

    @BeforeEach
    void firstRelease() throws IOException {
        project = new TestProject(dir);
        ShopModel.writeTo(project.path(Launches.SOURCES), ShopModel.release1());
        assertTrue(Launches.run(project, "generate", "schemac.version", "20260101000000").success());
        project.ageFiles();
    }

    @Test
    void readsARenameOnAnEmbeddableAndADropOnAnEntity() throws IOException {
        Path shop = project.path(Launches.SOURCES + "/shop");
        Files.writeString(shop.resolve("Address.java"), ShopModel.edit(ShopModel.ADDRESS,
                "    private String city;\n",
                "    @dev.schemac.annotation.RenamedFrom(\"city\")\n    private String town;\n"));
        Files.writeString(shop.resolve("Customer.java"), ShopModel.edit(ShopModel.edit(ShopModel.CUSTOMER,
                "    private String phone;\n", ""), "public class Customer",
                "@dev.schemac.annotation.DropColumn(name = \"phone\", reason = \"nobody calls\")\npublic class Customer"));

        // As in a project: the runtime, which holds the annotations, is on the compile classpath.
        ProcessorLauncher.Request plain = Launches.request(project, "generate", "schemac.version", "20260102000000");
        ProcessorLauncher.Result result = ProcessorLauncher.run(new ProcessorLauncher.Request(plain.sourceRoots(),
                List.of(Launches.jakartaPersistence(), runtime()), plain.options(), plain.workDir(),
                plain.encoding()));

        assertTrue(result.success(), result.findings()::toString);
        String migration = project.read(TestProject.MIGRATIONS + "/" + SECOND);
        assertTrue(migration.contains("schema.renameColumn(\"customer\", \"city\", \"town\");"), migration);
        assertTrue(migration.contains("schema.dropColumn(\"customer\", \"phone\", approveDataLoss(\"nobody calls\"));"),
                migration);
        assertEquals(List.of(
                        "[schemac:generated] wrote migration " + TestProject.MIGRATIONS + "/" + SECOND
                                + " (2 operation(s)) and updated " + TestProject.SNAPSHOT,
                        "[schemac:rename] column customer.city is renamed: instances of the previous application"
                                + " version, which use the old name, fail once the migration ran. Stop the old version"
                                + " before it runs, or add the new name in one release and remove the old one in the"
                                + " next",
                        "[schemac:drop-column] the migration drops column customer.phone and its values, as"
                                + " @DropColumn decided. Instances of the previous application version that still"
                                + " read it fail: deploy the version without the field first"),
                Launches.messages(result));
    }

    private static Path runtime() {
        try {
            return Path.of(RenamedFrom.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
