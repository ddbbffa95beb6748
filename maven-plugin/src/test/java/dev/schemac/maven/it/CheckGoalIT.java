package dev.schemac.maven.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The check goal, the CI gate, in real {@code mvn} runs of the sample shop: its scratch database is always the
 * plugin's embedded PostgreSQL, whatever server the other tests use. Each test edits the shared copy and
 * {@link #restore()} puts the sources back.
 */
class CheckGoalIT {
    private static final String CUSTOMER = "src/main/java/it/shop/Customer.java";
    private static SampleProject shop;
    private static String migration;
    private static String migrationSource;
    private static String customerSource;
    private static String pom;

    @BeforeAll
    static void compileShop() throws Exception {
        shop = SampleProject.copy("shop", "checkGoal");
        Maven.Result compile = Maven.run(shop.dir(), "compile");
        assertTrue(compile.succeeded(), compile.output());
        assertEquals(1, shop.migrations().size(), shop.migrations()::toString);
        migration = "src/main/java/db/migration/" + shop.migrations().get(0);
        migrationSource = shop.read(migration);
        customerSource = shop.read(CUSTOMER);
        pom = shop.read("pom.xml");
    }

    @AfterEach
    void restore() throws Exception {
        shop.write(migration, migrationSource);
        shop.write(CUSTOMER, customerSource);
        shop.write("pom.xml", pom);
    }

    @Test
    void boundInThePomItRunsInVerifyAfterThePackage() throws Exception {
        shop.replace("pom.xml", "<goal>generate</goal>", "<goal>generate</goal>\n              <goal>check</goal>");

        Maven.Result result = Maven.run(shop.dir(), "verify");

        assertTrue(result.succeeded(), result.output());
        int jar = result.output().indexOf("maven-jar-plugin");
        int check = result.output().indexOf("schemac-maven-plugin:" + System.getProperty("it.version") + ":check");
        assertTrue(jar > 0 && check > jar, result.output());
        assertTrue(result.output().contains("schemac check: the migrations produce exactly the snapshot's schema"),
                result.output());
    }

    @Test
    void theSampleAppliesToAScratchDatabaseAndMatchesItsSnapshot() throws Exception {
        Maven.Result result = Maven.run(shop.dir(), "compile", "schemac:check");

        assertTrue(result.succeeded(), result.output());
        assertTrue(result.output().contains("schemac check: applying every migration to a scratch embedded "
                + "PostgreSQL on port"), result.output());
        assertTrue(result.output().contains("schemac check: applied 1 migration(s)"), result.output());
        assertTrue(result.output().contains("schemac check: the migrations produce exactly the snapshot's schema"),
                result.output());
        assertFalse(Files.exists(shop.file("target/schemac-check/pgdata")), "the scratch server's data is deleted");
        assertTrue(Files.readString(shop.file("target/schemac-check/postgres.log")).contains("database system is "
                + "ready to accept connections"), "the server's own log is kept");
    }

    @Test
    void anEntityChangeWithoutItsMigrationFailsWithTheCheckModeDiagnostic() throws Exception {
        shop.replace(CUSTOMER, "private String email;", "private String email;\n\n    private String phone;");

        Maven.Result result = Maven.run(shop.dir(), "schemac:check");

        assertFalse(result.succeeded(), result.output());
        assertTrue(result.output().contains("[schemac:pending-change]"), result.output());
        assertTrue(result.output().contains("Customer.java:[19,"), "error on the phone field:\n" + result.output());
        assertFalse(result.output().contains("applying every migration"), result.output());
        assertEquals(1, shop.migrations().size(), "check writes no migration");
    }

    @Test
    void aMigrationWhoseSqlFailsFailsTheCheckNamingTheStatement() throws Exception {
        shop.replace(migration, "public void up(SchemaChanges schema) {",
                "public void up(SchemaChanges schema) {\n        schema.sql(\"update no_such_table set x = 1\");");

        Maven.Result result = Maven.run(shop.dir(), "compile", "schemac:check");

        assertFalse(result.succeeded(), result.output());
        assertTrue(result.output().contains("schemac check failed: MIGRATION_FAILED: migration "), result.output());
        assertTrue(result.output().contains("update no_such_table set x = 1"), result.output());
        assertTrue(result.output().contains("relation \"no_such_table\" does not exist"), result.output());
        assertFalse(Files.exists(shop.file("target/schemac-check/pgdata")), "the scratch server's data is deleted");
    }

    @Test
    void aMigrationEditedByHandSoThatTheDatabaseDiffersFromTheSnapshotFailsTheCheck() throws Exception {
        shop.replace(migration, "varchar(120)", "varchar(100)");

        Maven.Result result = Maven.run(shop.dir(), "compile", "schemac:check");

        assertFalse(result.succeeded(), result.output());
        assertTrue(result.output().contains("schemac check failed: the migrations do not produce the snapshot's "
                + "schema; 1 difference(s) between the database and the snapshot:"), result.output());
        assertTrue(result.output().contains("column customer.name is character varying(100) in the database but "
                + "character varying(120) in the snapshot"), result.output());
    }
}
