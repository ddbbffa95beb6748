package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.SchemacCompiler.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warnings of generate mode: what schemac keeps instead of dropping, and what a person must approve or fill
 * in; each on the element it is about, and the migration written accordingly.
 */
class ChangeWarningsTest {
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

    @Test
    void aRemovedFieldKeepsItsColumn() {
        Map<String, String> before = project.state();
        String customer = ShopModel.edit(ShopModel.CUSTOMER, "    private String phone;\n", "");

        Compilation compilation = compile(Map.of("Customer", customer));

        assertThat(compilation).hadWarningContaining("[schemac:retained-column] column customer.phone is no longer"
                + " mapped; schemac keeps it and its data (nullable) instead of dropping it")
                .inFile(ShopModel.file("Customer", customer)).onLineContaining("public class Customer");
        assertEquals(1, compilation.warnings().size(), () -> compilation.warnings().toString());
        // A nullable column needs no migration to be kept.
        assertEquals(before, project.state());
    }

    @Test
    void aRemovedEntityKeepsItsTableAndSequence() {
        Map<String, String> before = project.state();
        Map<String, String> sources = ShopModel.release1();
        sources.remove("Purchase");

        Compilation compilation = SchemacCompiler.generate(project, "20260102000000").compile(ShopModel.files(sources));

        assertThat(compilation).succeeded();
        assertEquals(List.of("[schemac:retained-table] table orders is no longer mapped; schemac keeps it and its rows"
                + " instead of dropping it. To drop it, add @DropTable(name = \"orders\", reason = \"...\") to an entity", "[schemac:retained-sequence] sequence orders_seq is no longer used by an"
                + " entity; schemac keeps it instead of dropping it, so that its ids are never handed out again"),
                messages(compilation, Diagnostic.Kind.WARNING));
        compilation.warnings().forEach(w -> assertNull(w.getSource(), w::toString));
        assertEquals(before, project.state());
    }

    @Test
    void aSequenceNoIdUsesIsKept() {
        String purchase = ShopModel.edit(ShopModel.PURCHASE, "    @GeneratedValue\n",
                "    @GeneratedValue(strategy = jakarta.persistence.GenerationType.IDENTITY)\n");

        Compilation compilation = compile(Map.of("Purchase", purchase));

        assertEquals(List.of("[schemac:retained-sequence] sequence orders_seq is no longer used by an entity; schemac"
                + " keeps it instead of dropping it, so that its ids are never handed out again"),
                messages(compilation, Diagnostic.Kind.WARNING));
        assertNull(compilation.warnings().get(0).getSource());
        assertEquals(List.of(FIRST, "V20260102000000__AlterOrders.java"), project.migrations());
        String migration = project.read(TestProject.MIGRATIONS + "/V20260102000000__AlterOrders.java");
        assertTrue(migration.contains("<li>column orders.id became an identity column</li>"), migration);
        assertFalse(migration.contains("orders_seq"), migration);
    }

    @Test
    void aNarrowedColumnWaitsForApproval() {
        String product = ShopModel.edit(ShopModel.PRODUCT, "length = 100", "length = 50");

        Compilation compilation = compile(Map.of("Product", product));

        assertThat(compilation).hadWarningContaining("[schemac:data-loss] column product.name changed from"
                + " varchar(100) to varchar(50) can lose data; the generated migration V20260102000000__AlterProduct"
                + " refuses to run it until a person adds approveDataLoss(\"<reason>\") to that call")
                .inFile(ShopModel.file("Product", product)).onLineContaining("private String name;");
        assertEquals(1, compilation.warnings().size(), () -> compilation.warnings().toString());
        String migration = project.read(TestProject.MIGRATIONS + "/V20260102000000__AlterProduct.java");
        String up = migration.substring(migration.indexOf("public void up("), migration.indexOf("public void down("));
        assertTrue(up.contains("schema.alterColumnType(\"product\", \"name\", varchar(100), varchar(50), null, null);"),
                up);
        assertEquals(List.of(FIRST, "V20260102000000__AlterProduct.java"), project.migrations());
    }

    @Test
    void aNewNotNullTextColumnWithoutABackfillIsAnErrorAndWritesNothing() {
        Map<String, String> before = project.state();
        String product = ShopModel.edit(ShopModel.PRODUCT, "    @Column(precision", """
                    @Column(nullable = false, length = 20)
                    private String sku;

                    @Column(precision""");

        Compilation compilation = compile(Map.of("Product", product));

        assertThat(compilation).hadErrorContaining("[schemac:backfill-missing] column product.sku becomes NOT NULL"
                + " and schemac knows no value for the rows that already exist, so the migration would fail on a"
                + " table with rows. Add @Backfill(\"<sql expression>\") (used once, e.g. @Backfill(\"''\")) or"
                + " @ColumnDefault (kept as the column's default) to the field, or leave it nullable. schemac wrote"
                + " nothing")
                .inFile(ShopModel.file("Product", product)).onLineContaining("private String sku;");
        assertEquals(1, compilation.errors().size(), () -> compilation.errors().toString());
        assertEquals(before, project.state());
    }

    @Test
    void aColumnThatBecomesNotNullUsesItsBackfill() {
        String customer = ShopModel.edit(ShopModel.CUSTOMER, "    private String phone;\n", """
                    @dev.schemac.annotation.Backfill("'unknown'")
                    @Column(nullable = false)
                    private String phone;
                """);

        Compilation compilation = compile(Map.of("Customer", customer));

        assertThat(compilation).succeeded();
        String migration = project.read(TestProject.MIGRATIONS + "/V20260102000000__AlterCustomer.java");
        assertTrue(migration.contains("""
                        schema.sql("update customer set phone = 'unknown' where phone is null");

                        // [data-dependent] checked by a NOT VALID check validated after the commit, without blocking writes;
                        // fails if a row holds NULL
                        schema.setNotNull("customer", "phone");
                """), migration);
    }


    /** The first release with some sources replaced, compiled as version 20260102000000. */
    private Compilation compile(Map<String, String> replaced) {
        Map<String, String> sources = ShopModel.release1();
        sources.putAll(replaced);
        JavaFileObject[] files = ShopModel.files(sources);
        return SchemacCompiler.generate(project, "20260102000000").compile(files);
    }
}
