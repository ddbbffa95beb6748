package dev.schemac.bench;

import dev.schemac.processor.launch.ProcessorLauncher;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What converters on enums cost schemac's pass: the launcher after {@code mvn clean} over N entities with an enum
 * attribute each, with none of them converted, then with K distinct converters (each compiled and called once per
 * run). In-process, warmed up, as {@link ProcessorOverheadBench}.
 * Usage: {@code ConverterEvaluationBench [entities=200] [runs=5]}.
 */
public final class ConverterEvaluationBench {
    private static final int WARMUPS = 4;

    private ConverterEvaluationBench() {
    }

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        double base = 0;
        for (int converters : new int[] {0, 1, 10}) {
            Path work = Files.createTempDirectory("schemac-bench-converters");
            Path sources = work.resolve("src/main/java");
            write(sources, entities, converters);
            double[] millis = new double[runs];
            for (int i = -WARMUPS; i < runs; i++) {
                Files.deleteIfExists(work.resolve("target/schemac/last-run.txt"));
                System.gc();
                long start = System.nanoTime();
                ProcessorLauncher.Result result = ProcessorLauncher.run(new ProcessorLauncher.Request(List.of(sources),
                        classpath, Map.of("schemac.baseDir", work.toString(), "schemac.mode", "generate",
                                "schemac.version", "1"), work.resolve("target/schemac"), StandardCharsets.UTF_8));
                if (!result.success() || result.skipped()) {
                    throw new IllegalStateException("schemac failed: " + result.findings());
                }
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            double median = Stats.median(millis);
            if (converters == 0) {
                base = median;
            }
            System.out.printf(Locale.ROOT, "%d entities, %2d converted enums: %s%s%n", entities, converters,
                    Stats.describe(millis), converters == 0 ? "" : String.format(Locale.ROOT,
                            "; %+.0f ms, %.0f ms a converter", median - base, (median - base) / converters));
        }
    }

    /** N entities with an enum attribute each; the first {@code converted} of them through a converter of their own. */
    private static void write(Path sources, int entities, int converted) throws Exception {
        Path folder = Files.createDirectories(sources.resolve("bench"));
        for (int i = 0; i < entities; i++) {
            boolean withConverter = i < converted;
            Files.writeString(folder.resolve("Kind" + i + ".java"),
                    "package bench;\npublic enum Kind" + i + " { ALPHA, BETA, GAMMA, DELTA }\n");
            Files.writeString(folder.resolve("Item" + i + ".java"), "package bench;\n\n"
                    + "import jakarta.persistence.*;\n\n@Entity\npublic class Item" + i + " {\n"
                    + "    @Id Long id;\n    String name;\n"
                    + (withConverter ? "    @Convert(converter = KindCodes" + i + ".class)\n" : "")
                    + "    Kind" + i + " kind;\n}\n");
            if (withConverter) {
                Files.writeString(folder.resolve("KindCodes" + i + ".java"), "package bench;\n\n"
                        + "import jakarta.persistence.*;\n\n@Converter\npublic class KindCodes" + i
                        + " implements AttributeConverter<Kind" + i + ", String> {\n"
                        + "    public String convertToDatabaseColumn(Kind" + i + " k) {"
                        + " return k == null ? null : k.name().substring(0, 2); }\n"
                        + "    public Kind" + i + " convertToEntityAttribute(String s) { return null; }\n}\n");
            }
        }
    }
}
