package dev.schemac.bench;

import dev.schemac.Schemac;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Applying N migrations to an empty database: schemac against bare JDBC running the same DDL (one transaction per
 * migration, as schemac does) and against Flyway. Usage: {@code ApplyBench [migrations=1000] [runs=3]}.
 */
public final class ApplyBench {
    private ApplyBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        MigrationCorpus corpus = MigrationCorpus.create(count);
        try (BenchDatabase db = BenchDatabase.start();
                URLClassLoader loader = new URLClassLoader(new URL[] {corpus.classes().toUri().toURL()},
                        ApplyBench.class.getClassLoader())) {
            System.out.printf(Locale.ROOT, "%d migrations (a table and an index each), %d runs, on %s%n", count,
                    runs, db.describe());
            // One untimed round of each engine warms the JIT and the server.
            bare(BenchDatabase.of(db.createDatabase()), corpus.statements);
            Schemac.configure(BenchDatabase.of(db.createDatabase())).classLoader(loader).migrate();
            flyway(BenchDatabase.of(db.createDatabase()), corpus);

            double[] bare = new double[runs];
            double[] schemac = new double[runs];
            double[] flyway = new double[runs];
            for (int i = 0; i < runs; i++) {
                DataSource a = BenchDatabase.of(db.createDatabase());
                long t = System.nanoTime();
                bare(a, corpus.statements);
                bare[i] = (System.nanoTime() - t) / 1e6;

                DataSource b = BenchDatabase.of(db.createDatabase());
                t = System.nanoTime();
                int applied = Schemac.configure(b).classLoader(loader).migrate().applied().size();
                schemac[i] = (System.nanoTime() - t) / 1e6;
                if (applied != count) {
                    throw new IllegalStateException("schemac applied " + applied);
                }

                DataSource c = BenchDatabase.of(db.createDatabase());
                t = System.nanoTime();
                flyway(c, corpus);
                flyway[i] = (System.nanoTime() - t) / 1e6;
            }
            System.out.printf(Locale.ROOT, "bare JDBC: %s%n", Stats.describe(bare));
            System.out.printf(Locale.ROOT, "schemac:   %s  = %.2f x bare JDBC   target: <= 1.30%n",
                    Stats.describe(schemac), Stats.median(schemac) / Stats.median(bare));
            System.out.printf(Locale.ROOT, "Flyway:    %s  = %.2f x bare JDBC%n", Stats.describe(flyway),
                    Stats.median(flyway) / Stats.median(bare));
        }
    }

    private static void bare(DataSource dataSource, List<List<String>> migrations) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            for (List<String> migration : migrations) {
                for (String sql : migration) {
                    st.execute(sql);
                }
                c.commit();
            }
        }
    }

    private static void flyway(DataSource dataSource, MigrationCorpus corpus) {
        Flyway.configure().dataSource(dataSource).locations("filesystem:" + corpus.flyway()).load().migrate();
    }
}
