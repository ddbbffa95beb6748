package com.example.shop;

import dev.schemac.AppliedMigration;
import dev.schemac.MigrationReport;
import dev.schemac.Schemac;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The shop's entry point: applies pending migrations, then does a little work with plain JDBC. Runs on the
 * database in {@code SHOP_JDBC_URL} when set, else on an embedded PostgreSQL whose data folder survives restarts
 * ({@code target/shop-db} next to the jar), so a second start finds nothing to apply.
 */
public final class ShopApp {
    private ShopApp() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv("SHOP_JDBC_URL");
        if (url != null && !url.isBlank()) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(url);
            run(dataSource, System.out);
            return;
        }
        Path dataDir = defaultDataDir();
        System.out.println("Embedded PostgreSQL with its data in " + dataDir);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .start()) {
            run(postgres.getPostgresDatabase(), System.out);
        }
    }

    /** Migrates the database, then places an order. */
    static MigrationReport run(DataSource dataSource, PrintStream out) throws SQLException {
        MigrationReport report = Schemac.migrate(dataSource);
        if (report.applied().isEmpty()) {
            out.println("Schema up to date: " + report.alreadyApplied() + " migration(s) were already applied.");
        } else {
            out.println("Applied " + report.applied().size() + " migration(s):");
            for (AppliedMigration m : report.applied()) {
                out.println("  " + m.version() + " " + m.description() + " (" + m.statements()
                        + (m.statements() == 1 ? " statement, " : " statements, ") + m.duration().toMillis() + " ms)");
            }
        }
        try {
            new Shop(dataSource).placeSampleOrder(out);
        } catch (SQLException e) {
            // Shop writes only the columns it knows; a column added to an entity since may need a value there.
            out.println("The migrations are applied, but the sample order failed: " + e.getMessage().strip()
                    + System.lineSeparator() + "Shop.java writes only the columns it knows: give new NOT NULL"
                    + " columns a value there.");
        }
        return report;
    }

    private static Path defaultDataDir() throws URISyntaxException {
        Path code = Path.of(ShopApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return code.getParent().resolve("shop-db");
    }
}
