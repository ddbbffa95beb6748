package dev.schemac.maven.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.testing.Catalog;
import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rollback and repair goals in real {@code mvn} runs of the sample shop, changed between builds as a developer
 * would change it, on real PostgreSQL (embedded, or the server of {@code SCHEMAC_TEST_JDBC_URL}).
 */
@DatabaseTest
class RollbackRepairGoalsIT {
    private static final String CUSTOMER = "src/main/java/it/shop/Customer.java";

    @Test
    void migrateThenRollbackToTheFirstVersionThenStatusShowsPendingThenMigrateAgain() throws Exception {
        SampleProject shop = SampleProject.copy("shop", "rollbackGoal");
        assertTrue(Maven.run(shop.dir(), "compile").succeeded(), shop.lastLog());
        String first = version(shop.migrations().get(0));
        shop.replace(CUSTOMER, "private String email;", "private String email;\n\n    private String phone;");
        assertTrue(Maven.run(shop.dir(), "compile").succeeded(), shop.lastLog());
        assertEquals(2, shop.migrations().size(), shop.migrations()::toString);
        String second = version(shop.migrations().get(1));

        try (TestDatabase db = TestDatabase.create()) {
            assertTrue(goal(shop, db, "migrate").succeeded(), shop.lastLog());
            Maven.Result refused = goal(shop, db, "rollback", "-Dschemac.target=" + first);
            assertFalse(refused.succeeded(), refused.output());
            assertTrue(refused.output().contains("schemac rollback failed [DATA_LOSS_NOT_APPROVED]"), refused.output());
            assertTrue(refused.output().contains("Rollback refused, nothing was rolled back: the down() of migration "
                    + second), refused.output());
            assertTrue(refused.output().contains("drop column customer.phone"), refused.output());
            assertTrue(new Catalog(db.dataSource()).columns("public", "customer").toString().contains("phone"));
        }

        // A person approves the down's loss while reviewing the migration, before it is applied anywhere.
        String migration = "src/main/java/db/migration/" + shop.migrations().get(1);
        shop.replace(migration, "schema.dropColumn(\"customer\", \"phone\");", "schema.dropColumn(\"customer\", "
                + "\"phone\", dev.schemac.operation.Approval.approveDataLoss(\"phones were collected for a day\"));");
        assertTrue(Maven.run(shop.dir(), "compile").succeeded(), shop.lastLog());
        assertEquals(2, shop.migrations().size(), shop.migrations()::toString);

        try (TestDatabase db = TestDatabase.create()) {
            Catalog catalog = new Catalog(db.dataSource());
            assertTrue(goal(shop, db, "migrate").succeeded(), shop.lastLog());
            Maven.Result missing = goal(shop, db, "rollback");
            assertFalse(missing.succeeded(), missing.output());
            assertTrue(missing.output().contains("schemac rollback needs the version to roll back to: "
                    + "-Dschemac.target=<version>"), missing.output());

            Maven.Result rollback = goal(shop, db, "rollback", "-Dschemac.target=" + first);
            assertTrue(rollback.succeeded(), rollback.output());
            assertTrue(rollback.output().matches("(?s).*schemac rollback: rolled back " + second
                    + " \\w+ \\(1 statement\\(s\\)\\) in \\d+ ms.*"), rollback.output());
            assertTrue(rollback.output().contains("rolled back 1 migration(s); the database is at version " + first
                    + " now"), rollback.output());
            assertFalse(catalog.columns("public", "customer").toString().contains("phone"));

            Maven.Result status = goal(shop, db, "status");
            assertTrue(status.output().matches("(?s).*" + second + " \\| \\w+ +\\| PENDING .*"), status.output());
            assertTrue(goal(shop, db, "migrate").succeeded(), shop.lastLog());
            assertTrue(catalog.columns("public", "customer").toString().contains("phone"));
            assertEquals(List.of(first, second), catalog.strings(
                    "select version from schemac_history where success order by version"));
        }
    }

    @Test
    void aFailedConcurrentUniqueIndexThenRepairThenMigrate() throws Exception {
        SampleProject shop = SampleProject.copy("shop", "repairGoal");
        assertTrue(Maven.run(shop.dir(), "compile").succeeded(), shop.lastLog());
        try (TestDatabase db = TestDatabase.create()) {
            Catalog catalog = new Catalog(db.dataSource());
            assertTrue(goal(shop, db, "migrate").succeeded(), shop.lastLog());
            db.execute("insert into customer (id, name, email) values (1, 'ann', 'a@example.com'), "
                    + "(2, 'ann again', 'a@example.com')");
            shop.replace(CUSTOMER, "private String email;", "@Column(unique = true)\n    private String email;");
            assertTrue(Maven.run(shop.dir(), "compile").succeeded(), shop.lastLog());
            assertEquals(2, shop.migrations().size(), shop.migrations()::toString);
            String second = version(shop.migrations().get(1));

            Maven.Result failed = goal(shop, db, "migrate");
            assertFalse(failed.succeeded(), failed.output());
            assertTrue(failed.output().contains("schemac migrate failed [MIGRATION_FAILED]"), failed.output());
            assertTrue(failed.output().contains("create unique index concurrently"), failed.output());
            assertEquals(List.of("f"), catalog.strings("select success::text::char from schemac_history "
                    + "where version = ?", second));
            List<String> invalid = invalidIndexes(catalog);
            assertEquals(1, invalid.size(), invalid::toString);

            db.execute("delete from customer where id = 2");
            Maven.Result repair = goal(shop, db, "repair");
            assertTrue(repair.succeeded(), repair.output());
            assertTrue(repair.output().contains("schemac repair: dropped the invalid index " + invalid.get(0)),
                    repair.output());
            assertTrue(repair.output().contains("unfinished migration(s) [" + second + "], dropped 1 invalid "
                    + "index(es)"), repair.output());
            assertEquals(List.of(), invalidIndexes(catalog));

            Maven.Result migrate = goal(shop, db, "migrate");
            assertTrue(migrate.succeeded(), migrate.output());
            assertEquals(List.of("t"), catalog.strings("select success::text::char from schemac_history "
                    + "where version = ?", second));
            assertTrue(catalog.constraints("public", "customer").toString().contains("customer_email_key UNIQUE (email)"),
                    catalog.constraints("public", "customer")::toString);
            assertTrue(goal(shop, db, "status", "-Dschemac.failOnAttention=true").succeeded(), shop.lastLog());
        }
    }

    private static List<String> invalidIndexes(Catalog catalog) {
        return catalog.strings("select c.relname::text from pg_index i join pg_class c on c.oid = i.indexrelid "
                + "where not i.indisvalid");
    }

    /** The version of a migration file name, {@code V<version>__<Description>.java}. */
    private static String version(String file) {
        return file.substring(1, file.indexOf("__"));
    }

    private static Maven.Result goal(SampleProject shop, TestDatabase db, String goal, String... properties)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("-Dschemac.url=" + db.jdbcUrl().replaceFirst("\\?.*", ""),
                "-Dschemac.user=" + db.user()));
        if (db.password() != null && !db.password().isEmpty()) {
            args.add("-Dschemac.password=" + db.password());
        }
        args.addAll(List.of(properties));
        args.add("schemac:" + goal);
        return Maven.run(shop.dir(), args.toArray(String[]::new));
    }
}
