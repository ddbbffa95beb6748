package dev.schemac.processor.read;

import dev.schemac.processor.Options;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * The database values a converter gives an enum's constants or a Boolean's {@code false} and {@code true}, found
 * at generation time by compiling and calling the converter ({@link ConverterClasses}, {@link ConverterCall}), once
 * per converter and run. They become literal values in the snapshot and the migration, so an applied migration
 * never depends on code that may change later, and a change of a converter's output is a change of the schema.
 */
final class ConverterValues implements AutoCloseable {
    /**
     * The values, or why there are none.
     *
     * @param missingOption whether the problem is that no option names the classpath
     */
    record Outcome(List<Object> values, String problem, boolean missingOption) {
    }

    private final ProcessingEnvironment env;
    private final Map<String, Outcome> known = new HashMap<>();
    /** Converters of the compilation that may be called too, compiled along with the first one called. */
    private final List<TypeElement> candidates = new java.util.ArrayList<>();
    private ConverterClasses classes;

    ConverterValues(ProcessingEnvironment env) {
        this.env = env;
    }

    /** Remembers converters that may be called later in the run, so that one javac run compiles them all. */
    void expect(TypeElement converter) {
        candidates.add(converter);
    }

    /** The value of each constant of {@code enumType}, in declaration order. */
    Outcome ofEnum(TypeElement converter, TypeElement enumType, String databaseType) {
        String enumName = ConverterClasses.binaryName(enumType);
        return known.computeIfAbsent(converter.getQualifiedName() + " " + enumName, key -> evaluate(converter,
                loaded -> ConverterCall.run(loaded, loader -> constants(enumName, loader), c -> ((Enum<?>) c).name(),
                        databaseType, false)));
    }

    /** The values of {@code false} and {@code true}, then that of {@code null} when the converter gives one. */
    Outcome ofBoolean(TypeElement converter, String databaseType) {
        return known.computeIfAbsent(converter.getQualifiedName() + " boolean", key -> evaluate(converter,
                loaded -> ConverterCall.run(loaded, loader -> List.of(false, true), String::valueOf, databaseType,
                        true)));
    }

    private Outcome evaluate(TypeElement converter, java.util.function.Function<Class<?>, ConverterCall.Result> call) {
        ConverterPaths paths = ConverterPaths.of(env, converter);
        if (paths.classpath() == null) {
            return new Outcome(null, "schemac calls the converter to learn the values of Hibernate's check, and"
                    + " needs the project's classpath for it: pass -A" + Options.CLASSPATH + "=<compile classpath>"
                    + " to javac (the schemac-maven-plugin passes it)", true);
        }
        if (classes == null) {
            classes = new ConverterClasses();
        }
        ConverterClasses.Loaded loaded = classes.load(converter, paths, candidates);
        if (loaded.problem() != null) {
            return new Outcome(null, loaded.problem(), false);
        }
        ConverterCall.Result result = call.apply(loaded.converter());
        return new Outcome(result.values(), result.problem(), false);
    }

    private static List<Object> constants(String enumName, ClassLoader loader) {
        try {
            return List.of((Object[]) Class.forName(enumName, true, loader).getEnumConstants());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the enum " + enumName + " is not on the converter's class path", e);
        }
    }

    @Override
    public void close() {
        if (classes != null) {
            classes.close();
        }
    }
}
