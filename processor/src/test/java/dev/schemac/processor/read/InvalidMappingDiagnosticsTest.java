package dev.schemac.processor.read;

import static dev.schemac.processor.read.ReadHarness.assertError;
import static dev.schemac.processor.read.ReadHarness.assertErrors;
import static dev.schemac.processor.read.ReadHarness.compile;
import static dev.schemac.processor.read.ReadHarness.source;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mappings Hibernate refuses or that break on PostgreSQL: each an error on its element, message, file and line. */
class InvalidMappingDiagnosticsTest {
    private static final String INVALID = "[schemac:invalid-mapping] ";
    private static final JavaFileObject PARENT = source("Parent", "@Entity public class Parent { @Id Long id; }");
    private static final JavaFileObject EMPTY_ENUM = source("Nothing", "public enum Nothing { }");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "java.util.Date created;|Holder.created: java.util.Date and Calendar need @Temporal",
            "@Lob int big;|Holder.big: @Lob is supported on String, byte[], char[], Clob, NClob and Blob only",
            "@Enumerated(EnumType.STRING) String text;|Holder.text: @Enumerated applies to enum attributes only",
            "@Column(precision = 16) Double ratio;|Holder.ratio: @Column(precision = 16) makes Hibernate write float(54)",
            "@Column(scale = 2) Double ratio;|Holder.ratio: @Column(scale) has no meaning for a floating-point type",
            "@Enumerated(EnumType.STRING) Nothing none;|Holder.none: the enum test.Nothing has no constants",
            "Parent parent;|Holder.parent refers to the entity Parent without @ManyToOne or @OneToOne",
            "@GeneratedValue Long counter;|@GeneratedValue on Holder.counter has no effect without @Id",
            "@Embedded int inline;|@Embedded on Holder.inline needs an @Embeddable class, but its type is int",
            "String user;|the column name 'user' of Holder.user is a reserved word in PostgreSQL",
            "@Column(name = \"Order\") String ordering;|the column name 'order' of Holder.ordering is a reserved word",
            "@ManyToOne Helper helper;|Holder.helper is an association to test.Helper, which is not a jakarta.persistence @Entity"})
    void fieldErrors(String field, String message) {
        JavaFileObject holder = source("Holder", "@Entity public class Holder {\n    @Id Long id;\n    " + field
                + "\n}\n");
        assertError(INVALID + message, holder, field, PARENT, EMPTY_ENUM,
                source("Helper", "public class Helper { }"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) String id;|@GeneratedValue(strategy = IDENTITY) on Holder.id needs a short, int or long id, but its type is java.lang.String",
            "@Id @GeneratedValue(strategy = GenerationType.UUID) Long id;|@GeneratedValue(strategy = UUID) on Holder.id needs a UUID or String id, but its type is java.lang.Long",
            "@Id @GeneratedValue(strategy = GenerationType.SEQUENCE) String id;|the id Holder.id is generated from a sequence, which needs a short, int or long id",
            "@Id @GeneratedValue(generator = \"g\") @SequenceGenerator(name = \"g\", allocationSize = 0) Long id;|the sequence generator of Holder.id has allocationSize 0"})
    void idGenerationErrors(String field, String message) {
        JavaFileObject holder = source("Holder", "@Entity public class Holder {\n    " + field + "\n}\n");
        assertError(INVALID + message, holder, field);
    }

    @Test
    void generatorsDisagreeingOnASequence() {
        JavaFileObject b = source("B", """
                @Entity public class B {
                    @Id @GeneratedValue(generator = "s") @SequenceGenerator(name = "s", sequenceName = "shared", allocationSize = 1) Long id;
                }
                """);
        assertError(INVALID + "the sequence shared of B.id starts at 1 with increment 1, but A.id uses the same"
                + " sequence starting at 1 with increment 50", b, "Long id;", source("A", """
                @Entity public class A {
                    @Id @GeneratedValue(generator = "s") @SequenceGenerator(name = "s", sequenceName = "shared") Long id;
                }
                """));
    }

    @Test
    void anEntityNamedLikeAReservedWord() {
        JavaFileObject order = source("Order", "@Entity\npublic class Order { @Id Long id; }");
        assertError(INVALID + "the table name 'order' of the entity Order is a reserved word in PostgreSQL, and"
                + " Hibernate writes it unquoted, so its DDL and queries fail", order, "public class Order");
    }

    @Test
    void anEntityWithoutId() {
        JavaFileObject none = source("NoId", "@Entity\npublic class NoId { String name; }");
        assertError(INVALID + "the entity NoId has no @Id field or getter", none, "public class NoId");
    }

    @Test
    void twoEntitiesOnOneTableMustAgreeOnItsColumns() {
        JavaFileObject second = source("Second", "@Entity @Table(name = \"shared\")\npublic class Second {\n"
                + " @Id Long id;\n @Column(length = 10) String name;\n}");
        assertError(INVALID + "Second.name maps the column name of the table shared as varchar(10) NULL, but"
                + " First.name maps it as varchar(255) NULL; entities sharing a table must agree on its columns",
                second, "String name;",
                source("First", "@Entity @Table(name = \"Shared\") public class First { @Id Long id; String name; }"));
    }

    @Test
    void twoEntitiesOnOneTableMustAgreeOnItsPrimaryKey() {
        JavaFileObject second = source("Second", "@Entity @Table(name = \"shared\")\npublic class Second {"
                + " @Id Long code; }");
        assertError(INVALID + "the entities First and Second share the table shared but not its primary key: [id]"
                + " and [code]", second, "public class Second",
                source("First", "@Entity @Table(name = \"shared\") public class First { @Id Long id; }"));
    }

    @Test
    void twoAttributesOnOneColumn() {
        JavaFileObject holder = source("Holder", """
                @Entity public class Holder {
                    @Id Long id;
                    @Column(name = "code") String first;
                    @Column(name = "CODE") String second;
                }
                """);
        assertError(INVALID + "Holder.second and Holder.first both map the column code of the table holder;"
                + " Hibernate refuses this unless one of them is read-only", holder, "String second;");
    }

    @Test
    void aReadOnlyRepeatOfAColumnMustHaveItsType() {
        JavaFileObject holder = source("Holder", """
                @Entity public class Holder {
                    @Id Long id;
                    @Column(name = "code") String first;
                    @Column(name = "code", insertable = false, updatable = false) Integer second;
                }
                """);
        assertError(INVALID + "Holder.second maps the column code as integer, but Holder.first maps it as"
                + " varchar(255)", holder, "Integer second;");
    }

    @Test
    void anEmbeddableInsideItself() {
        JavaFileObject node = source("Node", "@Embeddable public class Node {\n    String label;\n    Node child;\n}");
        assertError(INVALID + "Tree.root.child embeds Node inside itself", node, "Node child;",
                source("Tree", "@Entity public class Tree { @Id Long id; Node root; }"));
    }

    @Test
    void anAssociationToAnEntityWithoutReadableKey() {
        JavaFileObject holder = source("Holder", "@Entity public class Holder {\n @Id Long id;\n @ManyToOne Pair pair;\n}");
        assertErrors(2, INVALID + "Holder.pair refers to Pair, whose primary key schemac cannot read", holder,
                "Pair pair;", source("Pair", "@Entity public class Pair { @Id Object a; }"));
    }

    @Test
    void anAssociationToAJavaxEntity() {
        JavaFileObject holder = source("Holder", "@Entity public class Holder {\n @Id Long id;\n @ManyToOne Legacy legacy;\n}");
        assertErrors(2, INVALID + "Holder.legacy refers to Legacy, a javax.persistence entity", holder,
                "Legacy legacy;", JavaFileObjects.javaxEntity(),
                source("Legacy", "@javax.persistence.Entity public class Legacy { @Id Long id; }"));
    }

    @Test
    void aJavaxEntityIsReported() {
        JavaFileObject legacy = source("Legacy", "@javax.persistence.Entity\npublic class Legacy { Long id; }");
        assertError(INVALID + "Legacy is a javax.persistence entity; schemac reads jakarta.persistence (JPA 3)"
                + " entities only", legacy, "public class Legacy", JavaFileObjects.javaxEntity());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "@Table(uniqueConstraints = @UniqueConstraint(columnNames = {\"name\", \"nope\"}))|@UniqueConstraint on Holder names the column 'nope', but the table holder has no column nope (its columns: id, name)",
            "@Table(indexes = @Index(columnList = \"nope desc\"))|@Index on Holder names the column 'nope', but the table holder has no column nope",
            "@Table(indexes = @Index(columnList = \" , \"))|@Index on Holder names no columns",
            "@Table(indexes = { @Index(name = \"ix\", columnList = \"id\"), @Index(name = \"IX\", columnList = \"name\") })|the index or constraint name ix on Holder is used twice in the same schema"})
    void tableAnnotationErrors(String annotation, String message) {
        JavaFileObject holder = source("Holder", "@Entity " + annotation + "\npublic class Holder { @Id Long id;"
                + " String name; }\n");
        assertError(INVALID + message, holder, "public class Holder");
    }

    @Test
    void anUnmatchedOverrideIsAWarning() {
        JavaFileObject holder = source("Holder", """
                @Entity public class Holder {
                    @Id Long id;
                    @AttributeOverride(name = "nothere", column = @Column(name = "zz")) Emb emb;
                }
                """);
        Compilation compilation = compile(holder, source("Emb", "@Embeddable public class Emb { String a; }"));
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[schemac:override-unmatched] @AttributeOverride(name ="
                + " \"nothere\") matches no attribute of Emb; Hibernate ignores it silently")
                .inFile(holder).onLineContaining("Emb emb;");
    }

    @Test
    void sourcesJavacCannotResolveGetOnlyJavacsErrors() {
        JavaFileObject holder = source("Holder", """
                @Entity public class Holder {
                    @Id Long id;
                    @Column(length = Missing.LONG) String text;
                    @ManyToOne(targetEntity = Gone.class) Holder other;
                    Unknown unknown;
                }
                """);
        Compilation compilation = compile(holder);
        assertThat(compilation).failed();
        for (String error : ReadHarness.errors(compilation)) {
            assertFalse(error.contains("schemac"), error);
        }
        assertEquals(3, compilation.errors().size(), () -> ReadHarness.errors(compilation).toString());
    }
}
