package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.MigrationReport;
import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The example app started twice on one database: the first start applies every migration, the second none. */
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

    private static long count(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
