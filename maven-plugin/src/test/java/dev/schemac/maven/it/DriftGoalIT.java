package dev.schemac.maven.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The drift goal in real {@code mvn} runs of the sample shop (with an index added) on real PostgreSQL: embedded,
 * or the server of {@code SCHEMAC_TEST_JDBC_URL}.
 */
@DatabaseTest
class DriftGoalIT {
    private static SampleProject shop;
    private TestDatabase db;

    @BeforeAll
    static void compileShop() throws Exception {
        shop = SampleProject.copy("shop", "driftGoal");
        shop.replace("src/main/java/it/shop/Customer.java", "@Entity",
                "@Entity\n@jakarta.persistence.Table(indexes = @jakarta.persistence.Index(name = \"customer_email_idx\","
                        + " columnList = \"email\"))");
        Maven.Result compile = Maven.run(shop.dir(), "compile");
        assertTrue(compile.succeeded(), compile.output());
    }

    @BeforeEach
    void createMigratedDatabase() throws Exception {
        db = TestDatabase.create();
        Maven.Result migrate = goal("migrate");
        assertTrue(migrate.succeeded(), migrate.output());
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void aMigratedDatabaseHasNoDrift() throws Exception {
        Maven.Result result = goal("drift");

        assertTrue(result.succeeded(), result.output());
        assertTrue(result.output().contains("schemac drift: no drift: the database matches the snapshot"),
                result.output());
        assertEquals("{\n  \"drift\": false,\n  \"differences\": []\n}\n",
                Files.readString(shop.file("target/schemac-drift.json"), StandardCharsets.UTF_8));
    }

    @Test
    void changesByHandFailTheGoalWithAReportAndTheJsonFile() throws Exception {
        db.execute("alter table customer add column fax text", "drop index customer_email_idx",
                "alter table customer alter column name type text");
        Path json = shop.file("target/drift-" + db.name() + ".json");

        Maven.Result result = goal("drift", "-Dschemac.driftReport=" + json);

        assertFalse(result.succeeded(), result.output());
        String output = result.output();
        assertTrue(output.contains("schemac drift: 3 difference(s) between the database and the snapshot:"), output);
        assertTrue(output.contains("  - column customer.name is text in the database but character varying(120) in "
                + "the snapshot"), output);
        assertTrue(output.contains("  - column customer.fax (text, nullable) is in the database but not in the "
                + "snapshot"), output);
        assertTrue(output.contains("  - index customer_email_idx on customer is missing"), output);
        String report = Files.readString(json, StandardCharsets.UTF_8);
        assertTrue(report.startsWith("{\n  \"drift\": true,\n  \"differences\": [\n"), report);
        assertTrue(report.contains("{\"kind\": \"CHANGED\", \"object\": \"column\", \"subject\": \"customer.name\", "
                + "\"property\": \"type\", \"expected\": \"character varying(120)\", \"actual\": \"text\""), report);
        assertTrue(report.contains("{\"kind\": \"EXTRA\", \"object\": \"column\", \"subject\": \"customer.fax\""),
                report);
        assertTrue(report.contains("{\"kind\": \"MISSING\", \"object\": \"index\", \"subject\": \"customer_email_idx "
                + "on customer\""), report);

        Maven.Result reportOnly = goal("drift", "-Dschemac.failOnDrift=false");
        assertTrue(reportOnly.succeeded(), reportOnly.output());
        assertTrue(reportOnly.output().contains("[WARNING] schemac drift: 3 difference(s)"), reportOnly.output());
    }

    private Maven.Result goal(String goal, String... properties) throws Exception {
        List<String> args = new ArrayList<>(List.of("-Dschemac.url=" + db.jdbcUrl()));
        args.addAll(List.of(properties));
        args.add("schemac:" + goal);
        return Maven.run(shop.dir(), args.toArray(String[]::new));
    }
}
