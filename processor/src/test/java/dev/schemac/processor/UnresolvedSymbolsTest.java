package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.SchemacCompiler.schemacMessages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sources javac cannot resolve: javac holds back its "cannot find symbol" errors until processing is over, so
 * schemac must notice them itself, write nothing and leave the errors to javac.
 */
class UnresolvedSymbolsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "@Entity public class A { @Id Long id; Missing field; }",
            "@Entity public class A { @Id Long id; List<Missing> fields; }",
            "@Entity public class A { @Id Long id; Missing[] fields; }",
            "@Entity public class A extends Missing { @Id Long id; }",
            "@Entity @Table(name = Missing.NAME) public class A { @Id Long id; }",
            "@Entity public class A { @Id Long id; @Column(length = Missing.LENGTH) String text; }",
            "@Entity public class A { @Id Long id; @Colum(length = 3) String text; }",
            "@Entity @Tabel(name = \"a\") public class A { @Id Long id; }",
            "@Entity public class A { @Id Long id; @ManyToOne(targetEntity = Missing.class) A other; }",
            "@Entity @Table(indexes = @Index(columnList = Missing.COLUMNS)) public class A { @Id Long id; }",
            "@Entity public class A { @Id Long id; @Embedded E e; } @Embeddable class E { Missing m; }",
            "@Entity public class A extends S { @Id Long id; } @MappedSuperclass class S { Missing m; }"})
    void aDeclarationJavacCannotResolveWritesNothing(String source) {
        TestProject project = new TestProject(dir);

        Compilation compilation = SchemacCompiler.generate(project).compile(JavaFileObjects.forSourceString("t.A",
                "package t;\nimport jakarta.persistence.*;\nimport java.util.List;\n" + source));

        assertThat(compilation).hadErrorContaining("cannot find symbol");
        assertEquals(List.of(), schemacMessages(compilation));
        assertEquals(Map.of(), project.state());
    }

    @Test
    void anEmbeddableInAnotherFileIsFollowed() {
        TestProject project = new TestProject(dir);
        JavaFileObject address = ShopModel.file("Address", ShopModel.edit(ShopModel.ADDRESS,
                "private String city;", "private City city;"));
        Map<String, String> sources = ShopModel.release1();
        sources.remove("Address");
        List<JavaFileObject> files = new ArrayList<>(List.of(ShopModel.files(sources)));
        files.add(address);

        Compilation compilation = SchemacCompiler.generate(project).compile(files.toArray(JavaFileObject[]::new));

        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(address)
                .onLineContaining("private City city;");
        assertEquals(List.of(), schemacMessages(compilation));
        assertEquals(Map.of(), project.state());
    }

    @Test
    void aProjectWithASnapshotIsLeftAsItWas() {
        TestProject project = new TestProject(dir);
        SchemacCompiler.generate(project, "20260101000000").compile(ShopModel.files(ShopModel.release1()));
        project.ageFiles();
        Map<String, String> before = project.state();
        Map<String, String> sources = ShopModel.release2();
        sources.put("Customer", ShopModel.edit(ShopModel.CUSTOMER_2, "private String loyaltyCode;",
                "private LoyaltyCode loyaltyCode;"));

        Compilation compilation = SchemacCompiler.generate(project, "20260102000000")
                .compile(ShopModel.files(sources));

        assertThat(compilation).hadErrorContaining("cannot find symbol");
        assertEquals(1, compilation.errors().size(), () -> compilation.errors().toString());
        assertEquals(List.of(), schemacMessages(compilation));
        assertEquals(before, project.state());
    }
}
