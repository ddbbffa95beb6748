package dev.schemac.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.schemac.processor.Options.NamingStyle;
import dev.schemac.processor.diag.Diagnostics;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles entity sources with a processor that runs {@link EntityReader} the way the schemac processor does, and
 * keeps what it read.
 */
final class ReadHarness {
    /** Imports every test source gets, so that the sources show only the mapping. */
    private static final String IMPORTS = "import jakarta.persistence.*;\nimport java.math.*;\nimport java.time.*;\n"
            + "import java.util.*;\n";

    /** A compilation and what the reader returned. */
    record Reading(Compilation compilation, ReadResult result) {
        SchemaModel model() {
            return result.model();
        }

        /** The table by name ({@code "t"} or {@code "schema.t"}); fails when there is none. */
        Table table(String name) {
            return model().findTable(QualifiedName.parse(name))
                    .orElseThrow(() -> new AssertionError("no table " + name + " in " + model().tables()));
        }
    }

    private ReadHarness() {
    }

    /** A source file {@code test/<name>.java} in package {@code test}, with the JPA and JDK imports. */
    static JavaFileObject source(String name, String body) {
        return JavaFileObjects.forSourceString("test." + name, "package test;\n" + IMPORTS + body);
    }

    /** Compiles and reads with JPA naming; fails unless it succeeds without warnings. */
    static Reading read(JavaFileObject... sources) {
        return read(NamingStyle.JPA, sources);
    }

    /** Compiles and reads; fails unless it succeeds without warnings. */
    static Reading read(NamingStyle naming, JavaFileObject... sources) {
        Reading reading = compile(naming, sources);
        if (reading.compilation().status() != Compilation.Status.SUCCESS
                || !reading.compilation().warnings().isEmpty()) {
            fail("expected a clean compilation, got " + reading.compilation().diagnostics());
        }
        assertNotNull(reading.result(), "the reader did not run");
        return reading;
    }

    /** Compiles and reads, whatever the outcome. */
    static Compilation compile(JavaFileObject... sources) {
        return compile(NamingStyle.JPA, sources).compilation();
    }

    static Reading compile(NamingStyle naming, JavaFileObject... sources) {
        return compile(naming, List.of(), sources);
    }

    /** Compiles with javac {@code options} (e.g. {@code -Aschemac.classpath=...}) and reads, whatever the outcome. */
    static Reading compile(NamingStyle naming, List<String> options, JavaFileObject... sources) {
        ReadingProcessor processor = new ReadingProcessor(naming);
        Compilation compilation = Compiler.javac().withOptions(options).withProcessors(processor).compile(sources);
        return new Reading(compilation, processor.result);
    }

    /** The errors' messages, to check that a mapping gives exactly the expected errors. */
    static List<String> errors(Compilation compilation) {
        List<String> messages = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
            messages.add(error.getMessage(null));
        }
        return messages;
    }

    static void assertErrorCount(int expected, Compilation compilation) {
        assertEquals(expected, compilation.errors().size(), () -> "errors: " + errors(compilation));
    }

    /**
     * Compiles {@code file} with {@code others} and asserts that the only error is one containing {@code message},
     * reported in {@code file} on the line containing {@code line}.
     */
    static Compilation assertError(String message, JavaFileObject file, String line, JavaFileObject... others) {
        return assertErrors(1, message, file, line, others);
    }

    /** Like {@link #assertError}, with {@code count} errors in all. */
    static Compilation assertErrors(int count, String message, JavaFileObject file, String line,
            JavaFileObject... others) {
        JavaFileObject[] sources = new JavaFileObject[others.length + 1];
        sources[0] = file;
        System.arraycopy(others, 0, sources, 1, others.length);
        Compilation compilation = compile(sources);
        CompilationSubject.assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
        assertErrorCount(count, compilation);
        return compilation;
    }

    /** Collects entities over the rounds and reads them in the last, like the schemac processor. */
    private static final class ReadingProcessor extends AbstractProcessor {
        private final NamingStyle naming;
        private final Map<String, TypeElement> entities = new TreeMap<>();
        private final List<TypeElement> javaxEntities = new ArrayList<>();
        private final Map<String, TypeElement> converters = new TreeMap<>();
        private ReadResult result;

        ReadingProcessor(NamingStyle naming) {
            this.naming = naming;
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!round.processingOver()) {
                TypeElement entity = processingEnv.getElementUtils().getTypeElement("jakarta.persistence.Entity");
                for (var element : round.getElementsAnnotatedWith(entity)) {
                    entities.put(((TypeElement) element).getQualifiedName().toString(), (TypeElement) element);
                }
                TypeElement converter = processingEnv.getElementUtils()
                        .getTypeElement("jakarta.persistence.Converter");
                for (var element : round.getElementsAnnotatedWith(converter)) {
                    converters.put(((TypeElement) element).getQualifiedName().toString(), (TypeElement) element);
                }
                javaxEntities.addAll(JavaxEntities.in(round.getRootElements()));
                return false;
            }
            Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
            result = new EntityReader(processingEnv, naming, diagnostics)
                    .read(List.copyOf(entities.values()), javaxEntities, List.copyOf(converters.values()));
            return false;
        }
    }
}
