package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.SchemacCompiler.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.schemac.processor.testing.GoldenFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each evolution decision as a before/after pair: the shop's first release, then one edit with its annotation, and
 * the migration schemac writes for it, compared with a golden file a reviewer can read.
 */
class EvolutionGoldenTest {
    static final String VERSION = "20260102000000";

    @TempDir
    Path dir;
    private TestProject project;

    @BeforeEach
    void firstRelease() {
        project = new TestProject(dir);
        assertThat(SchemacCompiler.generate(project, "20260101000000").compile(ShopModel.files(ShopModel.release1())))
                .succeeded();
    }

    @Test
    void aRenamedColumnIsRenamedThenWidened() {
        Compilation compilation = compile("Customer", ShopModel.edit(ShopModel.CUSTOMER, "    private String phone;\n",
                """
                    @dev.schemac.annotation.RenamedFrom("phone")
                    @Column(length = 300)
                    private String mobile;
                """));

        assertThat(compilation).succeeded();
        assertGolden("rename-column", "V20260102000000__AlterCustomer.java");
    }

    @Test
    void aRenamedTableTakesItsDerivedConstraintsAndSequenceAlong() {
        Compilation compilation = compile("Purchase", ShopModel.edit(ShopModel.PURCHASE, "@Table(name = \"orders\",",
                "@dev.schemac.annotation.RenamedFrom(\"orders\")\n@Table(name = \"purchase\","));

        assertThat(compilation).succeeded();
        assertEquals(List.of("[schemac:rename] table orders is renamed: instances of the previous application version,"
                + " which use the old name, fail once the migration ran. Stop the old version before it runs, or add"
                + " the new name in one release and remove the old one in the next"),
                messages(compilation, Diagnostic.Kind.WARNING));
        assertGolden("rename-table", "V20260102000000__RenamePurchase.java");
    }

    @Test
    void aDecidedColumnDropIsApprovedWithItsReason() {
        String customer = ShopModel.edit(ShopModel.CUSTOMER, "    private String phone;\n", "");
        customer = ShopModel.edit(customer, "public class Customer",
                "@dev.schemac.annotation.DropColumn(name = \"phone\", reason = \"nobody calls customers\")\n"
                        + "public class Customer");

        Compilation compilation = compile("Customer", customer);

        assertThat(compilation).succeeded();
        assertEquals(List.of("[schemac:drop-column] the migration drops column customer.phone and its values, as"
                + " @DropColumn decided. Instances of the previous application version that still read it fail:"
                + " deploy the version without the field first"), messages(compilation, Diagnostic.Kind.WARNING));
        assertGolden("drop-column", "V20260102000000__DropCustomer.java");
    }

    @Test
    void aDecidedTableDropIsApprovedWithItsReason() {
        Map<String, String> sources = ShopModel.release1();
        sources.remove("Purchase");
        sources.put("Customer", ShopModel.edit(ShopModel.CUSTOMER, "public class Customer",
                "@dev.schemac.annotation.DropTable(name = \"orders\", reason = \"orders moved to the billing service\")\n"
                        + "public class Customer"));

        Compilation compilation = SchemacCompiler.generate(project, VERSION).compile(ShopModel.files(sources));

        assertThat(compilation).succeeded();
        assertEquals(List.of("[schemac:retained-sequence] sequence orders_seq is no longer used by an entity; schemac"
                + " keeps it instead of dropping it, so that its ids are never handed out again",
                "[schemac:drop-table] the migration drops table orders and its rows, as @DropTable decided. Instances"
                        + " of the previous application version that still use it fail: deploy the version without"
                        + " the entity first"), messages(compilation, Diagnostic.Kind.WARNING));
        assertGolden("drop-table", "V20260102000000__DropOrders.java");
    }

    @Test
    void aRequiredColumnIsFilledWithItsBackfill() {
        Compilation compilation = compile("Product", ShopModel.edit(ShopModel.PRODUCT, "    @Column(precision", """
                    @dev.schemac.annotation.Backfill("'SKU-' || id")
                    @Column(nullable = false, length = 20)
                    private String sku;

                    @Column(precision"""));

        assertThat(compilation).succeeded();
        assertGolden("backfill", "V20260102000000__AddProductSku.java");
    }

    /** Widening needs no USING: PostgreSQL converts within these families by itself, keeping every value. */
    @Test
    void widenedColumnsAreAlteredWithoutApproval() {
        Map<String, String> sources = ShopModel.release1();
        sources.put("Product", ShopModel.edit(ShopModel.edit(ShopModel.PRODUCT, "precision = 10, scale = 2",
                "precision = 14, scale = 2"), "length = 100", "length = 200"));
        sources.put("Purchase", ShopModel.edit(ShopModel.PURCHASE, "private int quantity;", "private long quantity;"));

        Compilation compilation = SchemacCompiler.generate(project, VERSION).compile(ShopModel.files(sources));

        // Only integer to bigint rewrites the table; longer varchar and numeric keep their storage.
        assertEquals(List.of("[schemac:alter-type] changing column orders.quantity from integer to bigint rewrites the"
                + " table and blocks its reads and writes while it runs; on a large table, add a new column, backfill"
                + " it in batches and switch over instead"), messages(compilation, Diagnostic.Kind.WARNING));
        assertGolden("widening", "V20260102000000__UpdateOrdersAndProduct.java");
    }

    /** Across type families the generator writes the cast as USING; such a change is never lossless. */
    @Test
    void aChangeAcrossTypesIsCastAndWaitsForApproval() {
        Compilation compilation = compile("Customer", ShopModel.edit(ShopModel.CUSTOMER, "    private String phone;\n",
                "    private Long phone;\n"));

        assertThat(compilation).succeeded();
        assertGolden("cast", "V20260102000000__AlterCustomer.java");
    }

    @Test
    void aNarrowedColumnWaitsForApproval() {
        Compilation compilation = compile("Product", ShopModel.edit(ShopModel.PRODUCT, "length = 100", "length = 50"));

        assertThat(compilation).succeeded();
        assertGolden("narrowing", "V20260102000000__AlterProduct.java");
    }

    private Compilation compile(String name, String source) {
        Map<String, String> sources = ShopModel.release1();
        sources.put(name, source);
        return SchemacCompiler.generate(project, VERSION).compile(ShopModel.files(sources));
    }

    private void assertGolden(String name, String migration) {
        assertEquals(List.of(GoldenPipelineTest.FIRST, migration), project.migrations());
        GoldenFiles.assertMatches("evolution/" + name + ".java", project.read(TestProject.MIGRATIONS + "/" + migration));
        GoldenFiles.assertMatches("evolution/" + name + ".json", project.read(TestProject.SNAPSHOT));
    }
}
