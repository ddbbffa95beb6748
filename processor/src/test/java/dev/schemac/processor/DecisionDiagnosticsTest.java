package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.SchemacCompiler.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What schemac says about the decisions in the source, each on the element that carries or needs one. */
class DecisionDiagnosticsTest {
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

    @Test
    void aRenameFromANameTheSnapshotLacksIsAWarningOnTheField() {
        String customer = ShopModel.edit(ShopModel.CUSTOMER, "    private String phone;\n", """
                    private String phone;

                    @dev.schemac.annotation.RenamedFrom("pager")
                    private String mobile;
                """);

        Compilation compilation = compile(customer);

        assertThat(compilation).hadWarningContaining("[schemac:rename-source-missing] @RenamedFrom(\"pager\"): the"
                + " snapshot has neither customer.pager nor customer.mobile, so nothing is renamed. Correct the old"
                + " name (as the snapshot spells it), or remove the annotation")
                .inFile(ShopModel.file("Customer", customer)).onLineContaining("private String mobile;");
    }

    @Test
    void aRenameFromANameStillMappedIsAnError() {
        String customer = ShopModel.edit(ShopModel.CUSTOMER, "    private String phone;\n", """
                    private String phone;

                    @dev.schemac.annotation.RenamedFrom("phone")
                    private String mobile;
                """);
        Map<String, String> before = project.state();

        Compilation compilation = compile(customer);

        assertThat(compilation).hadErrorContaining("[schemac:rename-source-mapped] @RenamedFrom(\"phone\"): column"
                + " customer.phone is still mapped, so it cannot become column customer.mobile. Map it under another"
                + " name first, or remove the annotation")
                .inFile(ShopModel.file("Customer", customer)).onLineContaining("private String mobile;");
        assertEquals(before, project.state());
    }

    @Test
    void aRenameThatWasAppliedIsSilent() {
        String customer = ShopModel.edit(ShopModel.CUSTOMER, "    private String phone;\n",
                "    @dev.schemac.annotation.RenamedFrom(\"fax\")\n    private String phone;\n");

        Compilation compilation = compile(customer);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(List.of(GoldenPipelineTest.FIRST), project.migrations());
    }

    @Test
    void aRenameOntoAColumnAddedEarlierIsAWarning() {
        String added = ShopModel.edit(ShopModel.CUSTOMER, "    private String phone;\n", "    private String mobile;\n");
        assertThat(compile(added)).succeeded();
        project.ageFiles();
        String annotated = ShopModel.edit(added, "    private String mobile;\n",
                "    @dev.schemac.annotation.RenamedFrom(\"phone\")\n    private String mobile;\n");

        Compilation compilation = SchemacCompiler.generate(project, "20260103000000")
                .compile(ShopModel.files(with("Customer", annotated)));

        assertThat(compilation).hadWarningContaining("[schemac:rename-target-exists] @RenamedFrom(\"phone\"): the"
                + " snapshot has both column customer.phone (no longer mapped) and column customer.mobile, so nothing"
                + " is renamed").inFile(ShopModel.file("Customer", annotated)).onLineContaining("private String mobile;");
        assertEquals(List.of(GoldenPipelineTest.FIRST, "V20260102000000__AddCustomerMobile.java"), project.migrations());
    }

    @Test
    void aLikelyRenameIsAWarningOnTheNewFieldAndTheOldColumnIsKept() {
        String customer = ShopModel.edit(ShopModel.CUSTOMER, "    private String phone;\n",
                "    private String mobile;\n");

        Compilation compilation = compile(customer);

        assertThat(compilation).hadWarningContaining("[schemac:likely-rename] column customer.mobile is new and"
                + " column customer.phone, of the same type, is no longer mapped. If it was renamed, add"
                + " @RenamedFrom(\"phone\") here so that the migration renames it and keeps its data; otherwise"
                + " schemac adds the new one and keeps the old one")
                .inFile(ShopModel.file("Customer", customer)).onLineContaining("private String mobile;");
        assertThat(compilation).hadWarningContaining("[schemac:retained-column] column customer.phone");
    }

    @Test
    void droppingAColumnStillMappedIsAnErrorOnTheEntity() {
        String customer = ShopModel.edit(ShopModel.CUSTOMER, "public class Customer",
                "@dev.schemac.annotation.DropColumn(name = \"phone\", reason = \"unused\")\npublic class Customer");
        java.util.Map<String, String> before = project.state();

        Compilation compilation = compile(customer);

        assertThat(compilation).hadErrorContaining("[schemac:drop-still-mapped] @DropColumn(name = \"phone\") names a"
                + " column that an entity still maps; remove its mapping first, or remove the annotation")
                .inFile(ShopModel.file("Customer", customer)).onLineContaining("public class Customer");
        assertEquals(before, project.state());
    }

    @Test
    void aDropAlreadyDoneIsANote() {
        String customer = ShopModel.edit(ShopModel.CUSTOMER, "public class Customer",
                "@dev.schemac.annotation.DropColumn(name = \"pager\", reason = \"gone long ago\")\n"
                        + "@dev.schemac.annotation.DropTable(name = \"legacy\", reason = \"gone long ago\")\n"
                        + "public class Customer");

        Compilation compilation = compile(customer);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(List.of("[schemac:drop-done] @DropColumn(name = \"pager\"): the snapshot has no such column any"
                + " more (dropped by an earlier migration); the annotation does nothing and can be removed",
                "[schemac:drop-done] @DropTable(name = \"legacy\"): the snapshot has no such table any more (dropped"
                        + " by an earlier migration); the annotation does nothing and can be removed"),
                messages(compilation, Diagnostic.Kind.NOTE));
    }

    @Test
    void aDropWithoutReasonIsAnError() {
        String customer = ShopModel.edit(ShopModel.edit(ShopModel.CUSTOMER, "    private String phone;\n", ""),
                "public class Customer",
                "@dev.schemac.annotation.DropColumn(name = \"phone\", reason = \" \")\npublic class Customer");

        Compilation compilation = compile(customer);

        assertThat(compilation).hadErrorContaining("[schemac:decision-invalid] @DropColumn(name = \"phone\") on"
                + " Customer has no reason; say why the data may go")
                .inFile(ShopModel.file("Customer", customer)).onLineContaining("public class Customer");
    }

    @Test
    void aRenameOnAFieldWithoutAColumnOfItsOwnIsAnError() {
        String purchase = ShopModel.edit(ShopModel.PURCHASE, "public class Purchase extends Auditable {",
                "public class Purchase extends Auditable {\n    @jakarta.persistence.Embedded\n"
                        + "    @dev.schemac.annotation.RenamedFrom(\"place\")\n    private Address address;\n");

        Compilation compilation = SchemacCompiler.generate(project, "20260102000000")
                .compile(ShopModel.files(with("Purchase", purchase)));

        assertThat(compilation).hadErrorContaining("[schemac:decision-invalid] @RenamedFrom on address, which maps no"
                + " column of its own (an embedded object, a collection or a transient field); put it on the field"
                + " that maps the column, e.g. in the @Embeddable")
                .inFile(ShopModel.file("Purchase", purchase)).onLineContaining("private Address address;");
    }

    private Compilation compile(String customer) {
        return SchemacCompiler.generate(project, "20260102000000").compile(ShopModel.files(with("Customer", customer)));
    }

    private static Map<String, String> with(String name, String source) {
        Map<String, String> sources = ShopModel.release1();
        sources.put(name, source);
        return sources;
    }
}
