package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Check mode, as CI runs it: every change the snapshot does not record is an error where it was made. */
class CheckModeTest {
    private static final String PENDING = "[schemac:pending-change] ";
    private static final String WHAT_TO_RUN = ", but no migration records it. Run 'mvn compile' without"
            + " -Dschemac.mode=check (and without CI=true) to generate the migration, then review and commit it with "
            + TestProject.SNAPSHOT;
    /** The second release without {@code Customer.status} (NOT NULL) and without the entity {@code Purchase}. */
    private static final String CUSTOMER = ShopModel.edit(ShopModel.CUSTOMER_2, """
                @Enumerated(EnumType.STRING)
                @Column(nullable = false, length = 16)
                private CustomerStatus status;
            """, "");

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
    void eachChangeIsAnErrorOnWhatChanged() {
        Map<String, String> before = project.state();
        JavaFileObject customer = ShopModel.file("Customer", CUSTOMER);
        JavaFileObject product = ShopModel.file("Product", ShopModel.PRODUCT_2);
        JavaFileObject review = ShopModel.file("Review", ShopModel.REVIEW);

        Compilation compilation = SchemacCompiler.check(project)
                .compile(customer, product, review, ShopModel.file("Address", ShopModel.ADDRESS),
                        ShopModel.file("Auditable", ShopModel.AUDITABLE),
                        ShopModel.file("CustomerStatus", ShopModel.CUSTOMER_STATUS));

        assertThat(compilation).hadErrorContaining(PENDING + "column customer.loyaltycode is new" + WHAT_TO_RUN)
                .inFile(customer).onLineContaining("private String loyaltyCode;");
        assertThat(compilation).hadErrorContaining(PENDING + "column product.name changed from varchar(100) to"
                + " varchar(200)" + WHAT_TO_RUN).inFile(product).onLineContaining("private String name;");
        assertThat(compilation).hadErrorContaining(PENDING + "table review is new" + WHAT_TO_RUN)
                .inFile(review).onLineContaining("public class Review");
        // The field is gone; the column it left is reported on its entity.
        assertThat(compilation).hadErrorContaining(PENDING + "column customer.status is no longer mapped and must"
                + " accept NULL" + WHAT_TO_RUN).inFile(customer).onLineContaining("public class Customer");
        assertEquals(4, compilation.errors().size(), () -> compilation.errors().toString());
        assertEquals(before, project.state());
    }

    @Test
    void aNewCollectionTableIsAnErrorOnItsField() {
        Map<String, String> sources = ShopModel.release1();
        sources.put("Product", ShopModel.edit(ShopModel.PRODUCT, """
                    private BigDecimal price;
                """, """
                    private BigDecimal price;

                    @jakarta.persistence.ElementCollection
                    private java.util.Set<String> tags;
                """));

        Compilation compilation = SchemacCompiler.check(project).compile(ShopModel.files(sources));

        assertThat(compilation).hadErrorContaining(PENDING + "table product_tags is new" + WHAT_TO_RUN)
                .inFile(ShopModel.files(Map.of("Product", sources.get("Product")))[0])
                .onLineContaining("private java.util.Set<String> tags;");
    }

    @Test
    void aTableWhoseEntityIsGoneIsKeptWithAWarningWithoutLocation() {
        Map<String, String> before = project.state();
        Map<String, String> sources = ShopModel.release1();
        sources.remove("Purchase");

        Compilation compilation = SchemacCompiler.check(project).compile(ShopModel.files(sources));

        assertThat(compilation).succeeded();
        assertEquals(List.of("[schemac:retained-table] table orders is no longer mapped; schemac keeps it and its"
                + " rows instead of dropping it. To drop it, add @DropTable(name = \"orders\", reason = \"...\") to an entity", "[schemac:retained-sequence] sequence orders_seq is no longer used"
                + " by an entity; schemac keeps it instead of dropping it, so that its ids are never handed out again"),
                compilation.warnings().stream().map(w -> w.getMessage(Locale.ROOT)).toList());
        for (Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
            assertNull(warning.getSource(), warning::toString);
        }
        assertEquals(before, project.state());
    }

    @Test
    void entitiesInSyncPass() {
        Map<String, String> before = project.state();

        Compilation compilation = SchemacCompiler.check(project).compile(ShopModel.files(ShopModel.release1()));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(before, project.state());
    }

    @Test
    void entitiesInSyncStillGetTheIndex() {
        String index = project.read(TestProject.INDEX);
        project.delete(TestProject.INDEX);
        Map<String, String> before = project.state();

        Compilation compilation = SchemacCompiler.check(project).compile(ShopModel.files(ShopModel.release1()));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(index, project.read(TestProject.INDEX));
        Map<String, String> after = project.state();
        after.remove(TestProject.INDEX);
        assertEquals(before, after);
    }
}
