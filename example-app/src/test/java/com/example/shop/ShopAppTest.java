package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.AppliedMigration;
import dev.schemac.MigrationReport;
import dev.schemac.Schemac;
import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example app started twice on one database: the first start applies every migration, the second none; and
 * started on a database of the previous release, with rows, it applies the new release's migration only.
 */
@DatabaseTest
class ShopAppTest {

    @Test
    void firstStartAppliesTheGeneratedMigrationsAndTheSecondNone() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            MigrationReport firstReport = ShopApp.run(db.dataSource(), new PrintStream(first, true, StandardCharsets.UTF_8));

            assertEquals(5, firstReport.applied().size(), first::toString);
            assertEquals("CreateCustomerOrdersAndProduct", firstReport.applied().get(0).description());
            assertEquals(0, firstReport.alreadyApplied());
            assertTrue(first.toString(StandardCharsets.UTF_8).contains("Applied 5 migration(s)"), first::toString);

            ByteArrayOutputStream second = new ByteArrayOutputStream();
            MigrationReport secondReport = ShopApp.run(db.dataSource(), new PrintStream(second, true, StandardCharsets.UTF_8));

            assertEquals(0, secondReport.applied().size(), second::toString);
            assertEquals(5, secondReport.alreadyApplied());
            String output = second.toString(StandardCharsets.UTF_8);
            assertTrue(output.contains("Schema up to date: 5 migration(s) were already applied."), output);
            assertTrue(output.contains("The shop has 2 customer(s), 2 order(s), revenue 177.80."), output);
            assertEquals(5, count(db, "select count(*) from schemac_history where success"));
            assertEquals(1, count(db, "select count(*) from pg_indexes where indexname = 'orders_customer_placed_idx'"));
            assertEquals(2, count(db, "select count(*) from customer where full_name = 'Ada Lovelace'"
                    + " and tier = 'standard'"));
        }
    }

    /**
     * A database of the previous release, with a customer in it: the release's migration renames the column the
     * name is in and gives the customer a tier, keeping the name.
     */
    @Test
    void theReleaseMigrationKeepsTheNamesOfExistingCustomers(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Path index = dir.resolve("META-INF/schemac/previous-release.idx");
            Files.createDirectories(index.getParent());
            try (InputStream all = ShopAppTest.class.getClassLoader().getResourceAsStream(Schemac.DEFAULT_INDEX)) {
                List<String> lines = new String(all.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
                Files.write(index, lines.stream().filter(l -> !l.contains("RenameCustomerNameAndAddTier")).toList());
            }
            try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                    ShopAppTest.class.getClassLoader())) {
                Schemac.configure(db.dataSource()).classLoader(loader)
                        .indexResource("META-INF/schemac/previous-release.idx").migrate();
            }
            db.execute("insert into customer (id, name, email, created_at) values (nextval('customer_seq'),"
                    + " 'Grace Hopper', 'grace@example.com', now())");

            MigrationReport report = ShopApp.run(db.dataSource(), new PrintStream(new ByteArrayOutputStream(), true,
                    StandardCharsets.UTF_8));

            assertEquals(List.of("RenameCustomerNameAndAddTier"),
                    report.applied().stream().map(AppliedMigration::description).toList());
            assertEquals(1, count(db, "select count(*) from customer where full_name = 'Grace Hopper'"
                    + " and email = 'grace@example.com' and tier = 'standard'"));
        }
    }

    private static long count(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
