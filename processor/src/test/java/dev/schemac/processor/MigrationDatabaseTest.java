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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From entities to a database: the generated migrations compile against the runtime, the runtime applies them from
 * the index, the database then is what the snapshot says, and the next release applies on top, keeping the rows.
 */
@DatabaseTest
class MigrationDatabaseTest {
    @TempDir
    Path dir;
    private TestProject project;
    private TestDatabase db;
    private Catalog catalog;

    @BeforeEach
    void createDatabase() {
        project = new TestProject(dir.resolve("project"));
        db = TestDatabase.create();
        catalog = new Catalog(db.dataSource());
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void twoReleasesApplyAndTheRowsSurvive() throws Exception {
        assertThat(SchemacCompiler.generate(project, "20260101000000").compile(ShopModel.files(ShopModel.release1())))
                .succeeded();

        MigrationReport first = migrate("classes-1");

        assertEquals(List.of("20260101000000"), first.applied().stream().map(AppliedMigration::version).toList());
        SnapshotCatalog.assertDatabaseIsTheSnapshot(catalog, project);
        db.execute("insert into customer (createdat, version, id, name, email, status, phone, city)"
                        + " values (now(), 0, nextval('customer_seq'), 'Ada', 'ada@example.com', 'ACTIVE', '555',"
                        + " 'London')",
                "insert into product (name, price) values ('Tea', 3.50)",
                "insert into orders (createdat, version, id, customer_id, product_id, placedat, quantity)"
                        + " select now(), 0, nextval('orders_seq'), c.id, p.id, now(), 2 from customer c, product p");

        assertThat(SchemacCompiler.generate(project, "20260102000000").compile(ShopModel.files(ShopModel.release2())))
                .succeeded();
        MigrationReport second = migrate("classes-2");

        assertEquals(List.of("20260102000000"), second.applied().stream().map(AppliedMigration::version).toList());
        assertEquals(1, second.alreadyApplied());
        SnapshotCatalog.assertDatabaseIsTheSnapshot(catalog, project);
        assertEquals(List.of("Ada|ada@example.com|555|London|ACTIVE|"), catalog.strings("select concat_ws('|', name,"
                + " email, phone, city, status, coalesce(loyaltycode, '')) from customer"));
        assertEquals(List.of("Tea|3.50|2"), catalog.strings("select concat_ws('|', p.name, p.price, o.quantity)"
                + " from orders o join product p on p.id = o.product_id"));
        // The new table takes rows, the widened column takes longer names, the enum's check still holds.
        db.execute("insert into review (product_id, stars, text) select id, 5, 'good' from product",
                "update product set name = repeat('x', 200)");
        assertThrows(IllegalStateException.class, () -> db.execute("update customer set status = 'GONE'"));
    }

    private MigrationReport migrate(String classes) throws IOException {
        try (URLClassLoader loader = MigrationClasses.load(project, dir.resolve(classes))) {
            return Schemac.configure(db.dataSource()).classLoader(loader).migrate();
        }
    }
}
