package dev.schemac.bench;

import dev.schemac.Schemac;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;

/**
 * An application start with N applied migrations and nothing to do, each in a fresh JVM as a real start is:
 * schemac against Flyway on the same DDL. Usage: {@code StartupBench [migrations=1000] [starts=7]}.
 */
public final class StartupBench {
    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int starts = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        MigrationCorpus corpus = MigrationCorpus.create(count);
        try (BenchDatabase db = BenchDatabase.start()) {
            System.out.printf(Locale.ROOT, "%d applied migrations, %d starts each, on %s%n", count, starts,
                    db.describe());
            String schemacUrl = db.createDatabase();
            try (URLClassLoader loader = new URLClassLoader(new URL[] {corpus.classes().toUri().toURL()},
                    StartupBench.class.getClassLoader())) {
                Schemac.configure(BenchDatabase.of(schemacUrl)).classLoader(loader).migrate();
            }
            String flywayUrl = db.createDatabase();
            Flyway.configure().dataSource(BenchDatabase.of(flywayUrl))
                    .locations("filesystem:" + corpus.flyway()).load().migrate();

            double[] schemac = starts("schemac", schemacUrl, corpus, starts);
            double[] flyway = starts("flyway", flywayUrl, corpus, starts);
            System.out.printf(Locale.ROOT, "schemac start, nothing to do: %s%n", Stats.describe(schemac));
            System.out.printf(Locale.ROOT, "Flyway start, nothing to do:  %s%n", Stats.describe(flyway));
            System.out.printf(Locale.ROOT, "schemac / Flyway = %.3f   target: <= 0.100%n",
                    Stats.median(schemac) / Stats.median(flyway));
        }
    }

    private static double[] starts(String engine, String url, MigrationCorpus corpus, int starts) throws Exception {
        double[] millis = new double[starts];
        for (int i = 0; i < starts; i++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", corpus.childClasspath(), StartupProbe.class.getName(), engine, url,
                    corpus.flyway().toString()).redirectErrorStream(true).start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            }
            if (p.waitFor() != 0 || lines.isEmpty()) {
                throw new IllegalStateException(engine + " start failed: " + lines);
            }
            String[] result = lines.get(lines.size() - 1).split(" ");
            if (!result[1].equals("0")) {
                throw new IllegalStateException(engine + " applied " + result[1] + " migrations on a migrated database");
            }
            millis[i] = Double.parseDouble(result[0]);
        }
        return millis;
    }
}
