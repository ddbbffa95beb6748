package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.SchemacCompiler.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the processor runs at all: not in a compile it was only discovered in, always when a project is set up,
 * also without any entity left. ({@code internal} is left untested: it reports a bug in schemac, which no input
 * triggers on purpose.)
 */
class SchemacProcessorTest {
    private static final JavaFileObject PLAIN = JavaFileObjects.forSourceString("app.Main", """
            package app;

            public class Main {
                public static void main(String[] args) {
                }
            }
            """);

    @TempDir
    Path dir;

    @Test
    void aCompileWithoutProjectAndEntitiesIsLeftAlone() {
        // Found by service discovery on some classpath: no -Aschemac.baseDir, no entity, nothing to say.
        Compilation plain = Compiler.javac().withProcessors(new SchemacProcessor()).compile(PLAIN);
        Compilation withMode = Compiler.javac().withProcessors(new SchemacProcessor())
                .withOptions("-Aschemac.mode=check").compile(PLAIN);

        for (Compilation compilation : List.of(plain, withMode)) {
            assertThat(compilation).succeededWithoutWarnings();
            assertEquals(List.of(), compilation.notes());
        }
    }

    @Test
    void aJavaxEntityIsTheReadersError() {
        TestProject project = new TestProject(dir);
        JavaFileObject legacy = JavaFileObjects.forSourceString("shop.Legacy", """
                package shop;

                @javax.persistence.Entity
                public class Legacy {
                    Long id;
                }
                """);
        JavaFileObject javaxEntity = JavaFileObjects.forSourceString("javax.persistence.Entity", """
                package javax.persistence;

                import java.lang.annotation.*;

                @Retention(RetentionPolicy.RUNTIME)
                @Target(ElementType.TYPE)
                public @interface Entity {
                    String name() default "";
                }
                """);

        Compilation compilation = SchemacCompiler.generate(project, "20260101000000").compile(legacy, javaxEntity);

        assertThat(compilation).hadErrorContaining("[schemac:invalid-mapping] Legacy is a javax.persistence entity;"
                + " schemac reads jakarta.persistence (JPA 3) entities only").inFile(legacy)
                .onLineContaining("public class Legacy");
        assertEquals(1, compilation.errors().size(), () -> compilation.errors().toString());
        assertEquals(Map.of(), project.state());
    }

    @Test
    void withoutAnyEntityEveryTableIsKept() {
        TestProject project = new TestProject(dir);
        SchemacCompiler.generate(project, "20260101000000").compile(ShopModel.files(ShopModel.release1()));
        project.ageFiles();
        Map<String, String> before = project.state();

        Compilation compilation = SchemacCompiler.generate(project, "20260102000000").compile(PLAIN);

        assertThat(compilation).succeeded();
        assertEquals(List.of(retainedTable("customer"), retainedTable("orders"), retainedTable("product"),
                retainedSequence("customer_seq"), retainedSequence("orders_seq")),
                messages(compilation, Diagnostic.Kind.WARNING));
        assertEquals(before, project.state());
    }

    static String retainedTable(String table) {
        return "[schemac:retained-table] table " + table + " is no longer mapped; schemac keeps it and its rows instead"
                + " of dropping it. To drop it, add @DropTable(name = \"" + table + "\", reason = \"...\") to an entity";
    }

    static String retainedSequence(String sequence) {
        return "[schemac:retained-sequence] sequence " + sequence + " is no longer used by an entity; schemac keeps it"
                + " instead of dropping it, so that its ids are never handed out again";
    }
}
