package dev.schemac.maven.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two branches that each generated a migration from the same snapshot, merged the way git leaves them when the
 * merge keeps one side's snapshot: the compile fails with the branch-conflict error, {@code schemac:rebase}
 * regenerates the local migration on top, and the result applies on a database that has the other branch's.
 */
@DatabaseTest
class RebaseGoalIT {
    private static final String MIGRATIONS = "src/main/java/db/migration/";
    private static final String SNAPSHOT = "src/main/resources/schemac/snapshot.json";
    private static final String BASE = "V20260101000000__CreateCustomerAndProduct.java";
    private static final String A = "V20260102000000__AddCustomerPhone.java";
    private static final String B = "V20260103000000__AddProductName.java";
    private static final String REBASED = "V20260104000000__AddProductName.java";
    private static final String PRODUCT = "src/main/java/it/shop/Product.java";
    private static final String PRODUCT_FIELD = "    private BigDecimal price;\n";
    private static final String PRODUCT_NAME = PRODUCT_FIELD + "\n    private String name;\n";

    @Test
    void aMergedMigrationFromTheSameSnapshotFailsTheCompileAndRebaseGeneratesItOnTop() throws Exception {
        SampleProject main = SampleProject.copy("shop", "rebase-main");
        SampleProject feature = SampleProject.copy("shop", "rebase-feature");
        for (SampleProject branch : List.of(main, feature)) {
            compile(branch, "20260101000000");
            assertEquals(List.of(BASE), branch.migrations());
        }
        main.replace("src/main/java/it/shop/Customer.java", "    private String email;\n",
                "    private String email;\n\n    private String phone;\n");
        compile(main, "20260102000000");
        feature.replace(PRODUCT, PRODUCT_FIELD, PRODUCT_NAME);
        compile(feature, "20260103000000");
        assertEquals(List.of(BASE, B), feature.migrations());

        try (TestDatabase db = TestDatabase.create()) {
            assertEquals("applied 2, already applied 0", StartupIT.start(main, db), "main is deployed");

            // The merge of feature into main that keeps main's snapshot: both migrations, both entity changes.
            main.write(MIGRATIONS + B, feature.read(MIGRATIONS + B));
            main.replace(PRODUCT, PRODUCT_FIELD, PRODUCT_NAME);
            String snapshotOfMain = main.read(SNAPSHOT);

            Maven.Result conflict = Maven.run(main.dir(), "compile");
            assertFalse(conflict.succeeded(), conflict.output());
            assertTrue(conflict.output().contains("[ERROR] [schemac:branch-conflict] migration " + MIGRATIONS + B
                    + " is not recorded in the snapshot " + main.file(SNAPSHOT) + " (its newest migration:"
                    + " 20260102000000)"), conflict.output());
            assertTrue(conflict.output().contains("Run 'mvn schemac:rebase'"), conflict.output());
            assertEquals(snapshotOfMain, main.read(SNAPSHOT), "nothing written");

            Maven.Result rebase = Maven.run(main.dir(), "schemac:rebase", "-Dschemac.version=20260104000000");
            assertTrue(rebase.succeeded(), rebase.output());
            assertTrue(rebase.output().contains("[INFO] schemac rebase: moved " + MIGRATIONS + B
                    + " to target/schemac/rebased/" + B + " (the snapshot does not record it)"), rebase.output());
            assertTrue(rebase.output().contains("[INFO] schemac rebase: " + MIGRATIONS + REBASED + " holds your"
                    + " changes on top of the merged snapshot"), rebase.output());
            assertEquals(List.of(BASE, A, REBASED), main.migrations());
            assertTrue(Files.isRegularFile(main.file("target/schemac/rebased/" + B)), "moved, not deleted");
            String rebased = main.read(MIGRATIONS + REBASED);
            assertTrue(rebased.startsWith("// schemac parent: 20260102000000 "), rebased);
            assertTrue(rebased.contains("schema.addColumn(\"product\", column(\"name\", varchar(255)));"), rebased);
            assertFalse(rebased.contains("phone"), "main's change stays in main's migration:\n" + rebased);

            Maven.Result compile = Maven.run(main.dir(), "compile");
            assertTrue(compile.succeeded(), compile.output());
            assertTrue(main.read(SNAPSHOT).contains("\"20260102000000\",\n    \"20260104000000\"\n"),
                    main.read(SNAPSHOT));

            assertEquals("applied 1, already applied 2", StartupIT.start(main, db));
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select count(*) from information_schema.columns where"
                            + " (table_name, column_name) in (('product', 'name'), ('customer', 'phone'))")) {
                assertTrue(rs.next());
                assertEquals(2, rs.getInt(1), "both branches' columns exist");
            }
        }
    }

    @Test
    void rebaseRefusesASnapshotWithConflictMarkersAndMovesNothing() throws Exception {
        SampleProject shop = SampleProject.copy("shop", "rebase-markers");
        compile(shop, "20260101000000");
        String snapshot = shop.read(SNAPSHOT);
        shop.write(SNAPSHOT, snapshot.replace("    \"20260101000000\"\n", "<<<<<<< HEAD\n    \"20260101000000\",\n"
                + "    \"20260102000000\"\n=======\n    \"20260101000000\",\n    \"20260103000000\"\n>>>>>>> feature\n"));

        Maven.Result compile = Maven.run(shop.dir(), "compile");
        assertFalse(compile.succeeded(), compile.output());
        assertTrue(compile.output().contains("[schemac:branch-conflict] the snapshot " + shop.file(SNAPSHOT)
                + " has git conflict markers (line 4)"), compile.output());

        Maven.Result rebase = Maven.run(shop.dir(), "schemac:rebase");
        assertFalse(rebase.succeeded(), rebase.output());
        assertTrue(rebase.output().contains("still has git conflict markers (line 4). Take the snapshot of the"
                + " branch you merged, then run this goal again: 'git checkout --theirs -- " + SNAPSHOT + "' while"
                + " merging"), rebase.output());
        assertEquals(List.of(BASE), shop.migrations());
    }

    @Test
    void aRebaseWhoseGenerationFailsPutsTheMovedMigrationBack() throws Exception {
        SampleProject shop = SampleProject.copy("shop", "rebase-fails");
        compile(shop, "20260101000000");
        String other = "V20260102000000__FromAnotherSnapshot.java";
        shop.write(MIGRATIONS + other, shop.read(MIGRATIONS + BASE)
                .replace("V20260101000000__CreateCustomerAndProduct", "V20260102000000__FromAnotherSnapshot"));
        shop.replace(PRODUCT, PRODUCT_FIELD, PRODUCT_FIELD + "\n    private Object unmappable;\n");

        Maven.Result rebase = Maven.run(shop.dir(), "schemac:rebase");

        assertFalse(rebase.succeeded(), rebase.output());
        assertTrue(rebase.output().contains("[schemac:unsupported-mapping]"), rebase.output());
        assertTrue(rebase.output().contains("[INFO] schemac rebase: generation failed; moved target/schemac/rebased/"
                + other + " back to " + MIGRATIONS + other), rebase.output());
        assertEquals(List.of(BASE, other), shop.migrations());
    }

    private static void compile(SampleProject project, String version) throws Exception {
        Maven.Result result = Maven.run(project.dir(), "compile", "-Dschemac.version=" + version);
        assertTrue(result.succeeded(), result.output());
    }
}
