package dev.schemac.maven.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The whole path a user walks: compile, start, change an entity, compile, start again, on real PostgreSQL. */
@DatabaseTest
class StartupIT {

    @Test
    void eachStartAppliesWhatTheLastCompileGenerated() throws Exception {
        SampleProject shop = SampleProject.copy("shop", "eachStartAppliesWhatTheLastCompileGenerated");
        try (TestDatabase db = TestDatabase.create()) {
            assertTrue(Maven.run(shop.dir(), "compile").succeeded());
            assertEquals("applied 1, already applied 0", start(shop, db));
            assertEquals("applied 0, already applied 1", start(shop, db));

            shop.replace("src/main/java/it/shop/Customer.java", "    private String email;\n",
                    "    private String email;\n\n    private String phone;\n");
            Maven.Result compile = Maven.run(shop.dir(), "compile");
            assertTrue(compile.succeeded(), compile.output());
            assertEquals(2, shop.migrations().size(), shop.migrations()::toString);

            assertEquals("applied 1, already applied 1", start(shop, db));
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select data_type from information_schema.columns"
                            + " where table_name = 'customer' and column_name = 'phone'")) {
                assertTrue(rs.next(), "the new column exists");
                assertEquals("character varying", rs.getString(1));
            }
        }
    }

    /** Starts the sample app in its own JVM, as its users would, and returns what it printed. */
    static String start(SampleProject shop, TestDatabase db) throws Exception {
        Path classpath = shop.file("target/classpath.txt");
        Maven.Result deps = Maven.run(shop.dir(), "-q",
                "org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath",
                "-Dmdep.outputFile=" + classpath);
        assertTrue(deps.succeeded(), deps.output());
        String cp = shop.file("target/classes") + File.pathSeparator + shop.read("target/classpath.txt").strip();
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, "it.shop.App", db.jdbcUrl()).redirectErrorStream(true).start();
        String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(app.waitFor(2, TimeUnit.MINUTES), "the app did not stop");
        assertEquals(0, app.exitValue(), output);
        List<String> lines = output.lines().filter(l -> l.startsWith("applied ")).toList();
        assertEquals(1, lines.size(), output);
        return lines.get(0);
    }
}
