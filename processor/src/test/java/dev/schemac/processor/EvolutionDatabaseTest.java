package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemac.AppliedMigration;
import dev.schemac.MigrationReport;
import dev.schemac.Schemac;
import dev.schemac.testing.Catalog;
import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evolution decisions on a database that has rows: renames keep the values, a backfill fills a new required
 * column, a decided drop removes the column; afterwards the database is what the snapshot says.
 */
@DatabaseTest
class EvolutionDatabaseTest {
    @TempDir
    Path dir;
    private TestProject project;
    private TestDatabase db;
    private Catalog catalog;

    @BeforeEach
    void firstReleaseWithRows() throws Exception {
        project = new TestProject(dir.resolve("project"));
        db = TestDatabase.create();
        catalog = new Catalog(db.dataSource());
        assertThat(SchemacCompiler.generate(project, "20260101000000").compile(ShopModel.files(ShopModel.release1())))
                .succeeded();
        migrate("classes-1");
        db.execute("insert into customer (createdat, version, id, name, email, status, phone)"
                        + " values (now(), 0, nextval('customer_seq'), 'Ada', 'ada@example.com', 'ACTIVE', '555')",
                "insert into product (name, price) values ('Tea', 3.50), ('Cake', 2.00)",
                "insert into orders (createdat, version, id, customer_id, product_id, placedat, quantity)"
                        + " select now(), 0, nextval('orders_seq'), c.id, p.id, now(), 2 from customer c, product p");
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void renamesKeepTheValuesAndTheSequenceGoesOn() throws Exception {
        Map<String, String> sources = ShopModel.release1();
        sources.put("Customer", ShopModel.edit(ShopModel.CUSTOMER, "    private String phone;\n",
                "    @dev.schemac.annotation.RenamedFrom(\"phone\")\n    @Column(length = 300)\n"
                        + "    private String mobile;\n"));
        sources.put("Purchase", ShopModel.edit(ShopModel.PURCHASE, "@Table(name = \"orders\",",
                "@dev.schemac.annotation.RenamedFrom(\"orders\")\n@Table(name = \"purchase\","));
        assertThat(SchemacCompiler.generate(project, "20260102000000").compile(ShopModel.files(sources))).succeeded();

        MigrationReport report = migrate("classes-2");

        assertEquals(List.of("20260102000000"), report.applied().stream().map(AppliedMigration::version).toList());
        SnapshotCatalog.assertDatabaseIsTheSnapshot(catalog, project);
        assertEquals(List.of("Ada|555"), catalog.strings("select concat_ws('|', name, mobile) from customer"));
        assertEquals(List.of("Cake|2", "Tea|2"), catalog.strings("select concat_ws('|', p.name, o.quantity)"
                + " from purchase o join product p on p.id = o.product_id order by p.name"));
        // The renamed sequence continues where the old one was: no id is handed out twice.
        db.execute("insert into purchase (createdat, version, id, customer_id, placedat, quantity)"
                + " select now(), 0, nextval('purchase_seq'), id, now(), 1 from customer");
        assertEquals(List.of("3"), catalog.strings("select count(distinct id) from purchase"));
    }

    @Test
    void aBackfillFillsTheRowsThatExistBeforeNotNull() throws Exception {
        Map<String, String> sources = ShopModel.release1();
        // Last, as PostgreSQL adds it: the catalog comparison below sees column order.
        sources.put("Product", ShopModel.edit(ShopModel.PRODUCT, "    private BigDecimal price;\n", """
                    private BigDecimal price;

                    @dev.schemac.annotation.Backfill("'SKU-' || upper(name)")
                    @Column(nullable = false, length = 20)
                    private String sku;
                """));
        assertThat(SchemacCompiler.generate(project, "20260102000000").compile(ShopModel.files(sources))).succeeded();

        migrate("classes-2");

        SnapshotCatalog.assertDatabaseIsTheSnapshot(catalog, project);
        assertEquals(List.of("SKU-CAKE", "SKU-TEA"), catalog.strings("select sku from product order by sku"));
        assertThrows(IllegalStateException.class, () -> db.execute("insert into product (name) values ('Pie')"));
    }

    @Test
    void aDecidedDropRemovesTheColumnAndKeepsTheRows() throws Exception {
        Map<String, String> sources = ShopModel.release1();
        sources.put("Customer", ShopModel.edit(ShopModel.edit(ShopModel.CUSTOMER, "    private String phone;\n", ""),
                "public class Customer",
                "@dev.schemac.annotation.DropColumn(name = \"phone\", reason = \"nobody calls\")\npublic class Customer"));
        assertThat(SchemacCompiler.generate(project, "20260102000000").compile(ShopModel.files(sources))).succeeded();

        migrate("classes-2");

        SnapshotCatalog.assertDatabaseIsTheSnapshot(catalog, project);
        assertEquals(List.of("Ada"), catalog.strings("select name from customer"));
        assertEquals(List.of(), catalog.strings("select column_name from information_schema.columns"
                + " where table_name = 'customer' and column_name = 'phone'"));
    }

    private MigrationReport migrate(String classes) throws IOException {
        try (URLClassLoader loader = MigrationClasses.load(project, dir.resolve(classes))) {
            return Schemac.configure(db.dataSource()).classLoader(loader).migrate();
        }
    }
}
