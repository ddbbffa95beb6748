package dev.schemac.processor;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The processor's settings, from {@code -Aschemac.*} options. The project directory is always explicit
 * ({@code schemac.baseDir}), never the working directory; other paths are relative to it.
 *
 * @param baseDir the project directory
 * @param mode generate writes migrations; check only reports pending changes as errors
 * @param naming the naming strategy Hibernate is configured with
 * @param snapshot the snapshot file
 * @param sourceDir the source root the migrations are written into
 * @param migrationPackage the package of the migration classes
 * @param indexDir the folder the migration index is written into (as {@code META-INF/schemac/migrations.idx})
 * @param migrationName the description for the next migration, or {@code null} to derive one
 * @param version the version for the next migration, or {@code null} for the current UTC time
 */
public record Options(Path baseDir, Mode mode, NamingStyle naming, Path snapshot, Path sourceDir,
        String migrationPackage, Path indexDir, String migrationName, String version) {

    public static final String BASE_DIR = "schemac.baseDir";
    public static final String MODE = "schemac.mode";
    public static final String NAMING = "schemac.naming";
    public static final String SNAPSHOT = "schemac.snapshot";
    public static final String SOURCE_DIR = "schemac.sourceDir";
    public static final String PACKAGE = "schemac.package";
    public static final String INDEX_DIR = "schemac.indexDir";
    public static final String NAME = "schemac.name";
    public static final String VERSION = "schemac.version";
    /** The project's compile classpath, for evaluating converters on enums and Booleans (see ConverterPaths). */
    public static final String CLASSPATH = "schemac.classpath";
    /** The project's source roots, for compiling those converters. */
    public static final String SOURCEPATH = "schemac.sourcepath";
    public static final Set<String> ALL = Set.of(BASE_DIR, MODE, NAMING, SNAPSHOT, SOURCE_DIR, PACKAGE, INDEX_DIR,
            NAME, VERSION, CLASSPATH, SOURCEPATH);

    public static final String DEFAULT_SNAPSHOT = "src/main/resources/schemac/snapshot.json";
    public static final String DEFAULT_SOURCE_DIR = "src/main/java";
    public static final String DEFAULT_PACKAGE = "db.migration";
    public static final String DEFAULT_INDEX_DIR = "target/generated-resources/schemac";

    /** What the processor does with a difference between the entities and the snapshot. */
    public enum Mode {
        /** Write the migration and the new snapshot into the source tree. */
        GENERATE,
        /** Write nothing; each difference is a compile error. */
        CHECK
    }

    /** How Hibernate names tables and columns in the project. */
    public enum NamingStyle {
        /** Hibernate's defaults: JPA-compliant implicit names, physical names as given. */
        JPA,
        /** Spring Boot's defaults: camelCase to snake_case, lower case. */
        SPRING
    }

    /**
     * Reads the options.
     *
     * @param env the environment, for the {@code CI} variable that makes check mode the default
     * @throws IllegalArgumentException with a message for the user when an option is missing or wrong
     */
    public static Options parse(Map<String, String> options, Map<String, String> env) {
        String base = options.get(BASE_DIR);
        if (base == null || base.isBlank()) {
            throw new IllegalArgumentException("the option -A" + BASE_DIR + " is not set. schemac needs the project "
                    + "directory to find the snapshot and write migrations; the schemac-maven-plugin sets it, or pass "
                    + "-A" + BASE_DIR + "=<project directory> to javac");
        }
        Path baseDir = Path.of(base).toAbsolutePath().normalize();
        return new Options(baseDir, mode(options.get(MODE), env), naming(options.get(NAMING)),
                baseDir.resolve(options.getOrDefault(SNAPSHOT, DEFAULT_SNAPSHOT)).normalize(),
                baseDir.resolve(options.getOrDefault(SOURCE_DIR, DEFAULT_SOURCE_DIR)).normalize(),
                packageName(options.getOrDefault(PACKAGE, DEFAULT_PACKAGE)),
                baseDir.resolve(options.getOrDefault(INDEX_DIR, DEFAULT_INDEX_DIR)).normalize(),
                blankToNull(options.get(NAME)), version(options.get(VERSION)));
    }

    /** The folder of the migration sources. */
    public Path migrationDir() {
        return sourceDir.resolve(migrationPackage.replace('.', '/'));
    }

    private static Mode mode(String value, Map<String, String> env) {
        if (value == null || value.isBlank()) {
            return "true".equalsIgnoreCase(env.getOrDefault("CI", "")) ? Mode.CHECK : Mode.GENERATE;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "generate" -> Mode.GENERATE;
            case "check" -> Mode.CHECK;
            default -> throw new IllegalArgumentException(MODE + "=" + value
                    + " is not a mode: use 'generate' or 'check'");
        };
    }

    private static NamingStyle naming(String value) {
        if (value == null || value.isBlank()) {
            return NamingStyle.JPA;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "jpa", "hibernate" -> NamingStyle.JPA;
            case "spring", "snake_case" -> NamingStyle.SPRING;
            default -> throw new IllegalArgumentException(NAMING + "=" + value
                    + " is not a naming strategy: use 'jpa' (Hibernate's default) or 'spring' (Spring Boot's)");
        };
    }

    private static String packageName(String value) {
        if (!javax.lang.model.SourceVersion.isName(value)) { // also refuses keywords, as in db.class
            throw new IllegalArgumentException(PACKAGE + "=" + value + " is not a Java package name");
        }
        return value;
    }

    private static String version(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("\\d{1,18}")) {
            throw new IllegalArgumentException(VERSION + "=" + value + " is not a version: use digits only");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
