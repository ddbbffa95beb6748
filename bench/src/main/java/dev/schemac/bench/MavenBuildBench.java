package dev.schemac.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What a user waits for: {@code mvn clean compile} of a project with N entities, without schemac and with the
 * schemac plugin (snapshot in sync, so nothing to generate), and an unchanged {@code mvn compile} with schemac.
 * Each build is a fresh Maven JVM. Needs schemac installed in the local repository ({@code mvn install}).
 * Usage: {@code MavenBuildBench [entities=2000] [builds=5]}.
 */
public final class MavenBuildBench {
    private MavenBuildBench() {
    }

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int builds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String version = System.getProperty("schemac.version", "0.1.0-SNAPSHOT");
        Path plain = project(entities, false, version);
        Path withSchemac = project(entities, true, version);
        maven(withSchemac, "compile"); // writes the first migration and the snapshot: the project is then in sync
        maven(plain, "compile");
        System.out.printf(Locale.ROOT, "%d entities, %d builds each, fresh Maven JVM per build%n", entities, builds);

        double[] without = new double[builds];
        double[] with = new double[builds];
        double[] unchanged = new double[builds];
        for (int i = 0; i < builds; i++) {
            without[i] = maven(plain, "clean", "compile");
            with[i] = maven(withSchemac, "clean", "compile");
            unchanged[i] = maven(withSchemac, "compile");
        }
        System.out.printf(Locale.ROOT, "mvn clean compile, no schemac:   %s%n", Stats.describe(without));
        System.out.printf(Locale.ROOT, "mvn clean compile, schemac:      %s  = %+.0f%%   target: <= +25%%%n",
                Stats.describe(with), 100 * (Stats.median(with) / Stats.median(without) - 1));
        System.out.printf(Locale.ROOT, "mvn compile, unchanged, schemac: %s%n", Stats.describe(unchanged));
    }

    private static Path project(int entities, boolean schemac, String version) throws IOException {
        Path dir = Files.createTempDirectory("schemac-bench-maven-" + (schemac ? "with" : "without"));
        EntityCorpus.write(dir.resolve("src/main/java"), entities);
        String plugin = !schemac ? "" : """
                      <plugin>
                        <groupId>dev.schemac</groupId>
                        <artifactId>schemac-maven-plugin</artifactId>
                        <version>%s</version>
                        <executions><execution><goals><goal>generate</goal></goals></execution></executions>
                      </plugin>
                """.formatted(version);
        String runtime = !schemac ? "" : """
                    <dependency>
                      <groupId>dev.schemac</groupId>
                      <artifactId>schemac-runtime</artifactId>
                      <version>%s</version>
                    </dependency>
                """.formatted(version);
        Files.writeString(dir.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>entities</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>jakarta.persistence</groupId>
                      <artifactId>jakarta.persistence-api</artifactId>
                      <version>3.2.0</version>
                    </dependency>
                %s  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>3.16.0</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-resources-plugin</artifactId>
                        <version>3.5.0</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-clean-plugin</artifactId>
                        <version>3.5.0</version>
                      </plugin>
                %s    </plugins>
                  </build>
                </project>
                """.formatted(runtime, plugin));
        return dir;
    }

    /** Runs one build offline and returns its wall time in milliseconds. */
    private static double maven(Path project, String... goals) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q", "-o"));
        command.addAll(List.of(goals));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().remove("CI");
        Path log = Files.createTempFile("schemac-bench-mvn", ".log");
        builder.redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process p = builder.start();
        if (!p.waitFor(20, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("mvn " + String.join(" ", goals) + " failed in " + project + ":\n"
                    + Files.readString(log));
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
