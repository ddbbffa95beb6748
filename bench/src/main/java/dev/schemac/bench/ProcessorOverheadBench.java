package dev.schemac.bench;

import dev.schemac.processor.launch.ProcessorLauncher;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What schemac adds to a project's compile: plain javac over N generated entities, against the extra
 * {@code -proc:only} pass the Maven plugin runs before it (first generation, then an unchanged build), with
 * Hibernate's metamodel processor inside javac as the reference. In-process javac, as Maven runs it.
 * Usage: {@code ProcessorOverheadBench [entities=2000] [runs=5]}.
 */
public final class ProcessorOverheadBench {
    private static final int WARMUPS = 6;

    private ProcessorOverheadBench() {
    }

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path work = Files.createTempDirectory("schemac-bench-processor");
        Path sources = work.resolve("src/main/java");
        EntityCorpus.write(sources, entities);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        List<Path> classpath = classpath();
        System.out.printf(Locale.ROOT, "Corpus: %d entities, %d source files in %s%n", entities, files.size(), work);

        double[] plain = measure("plain javac", runs, () -> javac(files, classpath, work, List.of("-proc:none")));

        Path project = work.resolve("project");
        Files.createDirectories(project);
        long t0 = System.nanoTime();
        long allocated = allocatedBytes();
        ProcessorLauncher.Result first = schemac(sources, classpath, project);
        double firstMillis = (System.nanoTime() - t0) / 1e6;
        long firstAllocated = allocatedBytes() - allocated;
        if (!first.success()) {
            throw new IllegalStateException("schemac failed: " + first.findings());
        }
        // A clean build: same entities and snapshot, but no record of a previous run, so javac reads the entities.
        double[] clean = measure("schemac pass after mvn clean, nothing to generate", runs, () -> {
            Files.deleteIfExists(project.resolve("target/schemac/last-run.txt"));
            return checked(schemac(sources, classpath, project), false);
        });
        double[] unchanged = measure("schemac pass, nothing changed since last build", runs,
                () -> checked(schemac(sources, classpath, project), true));

        // Hibernate's processor last: its heavy runs leave the JVM's heap and code cache in a state that would
        // slow down whatever is measured after them.
        double[] hibernate = measure("javac + Hibernate metamodel processor", runs, () -> javac(files, classpath, work,
                List.of("-processor", "org.hibernate.processor.HibernateProcessor", "-processorpath", join(classpath))));

        double base = Stats.median(plain);
        System.out.println();
        System.out.printf(Locale.ROOT, "plain javac                         %s%n", Stats.describe(plain));
        System.out.printf(Locale.ROOT, "Hibernate metamodel processor adds  %+.0f%% (%s)%n",
                100 * (Stats.median(hibernate) / base - 1), Stats.describe(hibernate));
        System.out.printf(Locale.ROOT, "schemac, first generation adds      %+.0f%% (%.1f ms, %d MB allocated, %d tables)%n",
                100 * firstMillis / base, firstMillis, firstAllocated >> 20, entities);
        System.out.printf(Locale.ROOT, "schemac, clean build adds           %+.0f%% (%s)   target: <= +25%%%n",
                100 * Stats.median(clean) / base, Stats.describe(clean));
        System.out.printf(Locale.ROOT, "schemac, unchanged build adds       %+.0f%% (%s)%n",
                100 * Stats.median(unchanged) / base, Stats.describe(unchanged));
    }

    private static ProcessorLauncher.Result checked(ProcessorLauncher.Result r, boolean skipped) {
        if (!r.success() || r.skipped() != skipped) {
            throw new IllegalStateException("unexpected schemac result (skipped=" + r.skipped() + "): " + r.findings());
        }
        return r;
    }

    private static ProcessorLauncher.Result schemac(Path sources, List<Path> classpath, Path project) throws Exception {
        return ProcessorLauncher.run(new ProcessorLauncher.Request(List.of(sources), classpath,
                Map.of("schemac.baseDir", project.toString(), "schemac.mode", "generate",
                        "schemac.sourceDir", project.resolve("src/main/java").toString(),
                        "schemac.indexDir", project.resolve("target/index").toString(),
                        "schemac.snapshot", project.resolve("snapshot.json").toString()),
                project.resolve("target/schemac"), StandardCharsets.UTF_8));
    }

    private static Object javac(List<Path> files, List<Path> classpath, Path work, List<String> extra) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createTempDirectory(work, "classes");
        List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-classpath", join(classpath),
                "-encoding", "UTF-8", "-Xlint:none"));
        options.addAll(extra);
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            if (!javac.getTask(null, fm, null, options, null, fm.getJavaFileObjectsFromPaths(files)).call()) {
                throw new IllegalStateException("javac failed");
            }
        }
        return out;
    }

    /** Times {@code runs} calls after {@value #WARMUPS} untimed ones, so that the JIT has compiled javac and schemac. */
    private static double[] measure(String what, int runs, Callable<?> work) throws Exception {
        for (int i = 0; i < WARMUPS; i++) {
            work.call();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            System.gc();
            long start = System.nanoTime();
            work.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        System.out.printf(Locale.ROOT, "  measured %s: %s%n", what, Stats.describe(millis));
        return millis;
    }

    private static long allocatedBytes() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return threads.getCurrentThreadAllocatedBytes();
    }

    private static List<Path> classpath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }

    private static String join(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }
}
