package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.JavaFileObjects;
import dev.schemac.AppliedMigration;
import dev.schemac.MigrationReport;
import dev.schemac.Schemac;
import dev.schemac.testing.Catalog;
import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collections across releases: adding collections creates their tables and the join column in an existing table,
 * changing a bag into a set adds its unique constraint, and removing a collection drops its table; each generated
 * migration applies on top of the last and leaves the database as the snapshot says.
 */
@DatabaseTest
class CollectionMigrationDatabaseTest {
    private static final String PRODUCT = """
            package cat;

            import jakarta.persistence.*;
            import java.util.*;

            @Entity
            public class Product {
                @Id Long id;
                String name;
                %s
            }
            """;
    private static final String CATEGORY = """
            package cat;

            import jakarta.persistence.*;

            @Entity
            public class Category { @Id Integer id; }
            """;
    private static final String PART = """
            package cat;

            import jakarta.persistence.*;

            @Entity
            public class Part { @Id Long id; }
            """;

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
    void collectionsComeAndGoWithTheirTables() throws Exception {
        release("20260101000000", "", "classes-1");
        db.execute("insert into product (id, name) values (1, 'Tea')", "insert into part (id) values (7)",
                "insert into category (id) values (3)");

        release("20260102000000", """
                @ElementCollection List<String> tags;
                @ManyToMany Set<Category> categories;
                @OneToMany @JoinColumn(name = "product_id") @OrderColumn List<Part> parts;
                """, "classes-2");
        db.execute("insert into product_tags (product_id, tags) values (1, 'green'), (1, 'green')",
                "insert into product_categories (product_id, categories_id) values (1, 3)",
                "update part set product_id = 1, parts_order = 0");
        assertThrows(IllegalStateException.class,
                () -> db.execute("insert into product_categories (product_id, categories_id) values (1, 3)"));

        db.execute("delete from product_tags");
        release("20260103000000", """
                @ElementCollection Set<String> tags;
                @OneToMany @JoinColumn(name = "product_id") @OrderColumn List<Part> parts;
                """, "classes-3");
        db.execute("insert into product_tags (product_id, tags) values (1, 'green')");
        assertThrows(IllegalStateException.class,
                () -> db.execute("insert into product_tags (product_id, tags) values (1, 'green')"));
        assertEquals(List.of("1|0"), catalog.strings("select concat_ws('|', product_id, parts_order) from part"));
    }

    private void release(String version, String collections, String classes) throws Exception {
        JavaFileObject[] sources = {JavaFileObjects.forSourceString("cat.Product", PRODUCT.formatted(collections)),
                JavaFileObjects.forSourceString("cat.Category", CATEGORY),
                JavaFileObjects.forSourceString("cat.Part", PART)};
        assertThat(SchemacCompiler.generate(project, version).option(Options.NAMING, "spring").compile(sources))
                .succeeded();
        try (URLClassLoader loader = MigrationClasses.load(project, dir.resolve(classes))) {
            MigrationReport report = Schemac.configure(db.dataSource()).classLoader(loader).migrate();
            assertEquals(List.of(version), report.applied().stream().map(AppliedMigration::version).toList());
        }
        SnapshotCatalog.assertDatabaseIsTheSnapshot(catalog, project);
    }
}
