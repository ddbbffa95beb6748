package dev.schemac.bench;

import dev.schemac.MigrationReport;
import dev.schemac.Schemac;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * One application start in a fresh JVM: the time of the migrate call alone, with everything already applied, after
 * the driver is loaded and a first connection made (as an app has by then).
 * Prints {@code <millis> <applied>}. Usage: {@code StartupProbe schemac|flyway <jdbc-url> <flyway-folder>}.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static void main(String[] args) throws SQLException {
        DataSource dataSource = BenchDatabase.of(args[1]);
        // The app has its driver loaded and a connection made before it migrates; neither is migration work.
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("select 1");
        }
        long start = System.nanoTime();
        int applied;
        if (args[0].equals("schemac")) {
            MigrationReport report = Schemac.migrate(dataSource);
            applied = report.applied().size();
        } else {
            applied = Flyway.configure().dataSource(dataSource).locations("filesystem:" + Path.of(args[2]))
                    .load().migrate().migrationsExecuted;
        }
        System.out.printf(Locale.ROOT, "%.2f %d%n", (System.nanoTime() - start) / 1e6, applied);
    }
}
