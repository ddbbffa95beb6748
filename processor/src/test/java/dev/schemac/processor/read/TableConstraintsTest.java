package dev.schemac.processor.read;

import static dev.schemac.processor.read.ReadHarness.read;
import static dev.schemac.processor.read.ReadHarness.source;
import static dev.schemac.schema.Index.index;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.processor.Options.NamingStyle;
import dev.schemac.processor.read.ReadHarness.Reading;
import dev.schemac.schema.Index;
import dev.schemac.schema.Table;
import dev.schemac.schema.Unique;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Table(indexes, uniqueConstraints, schema)} and the names schemac chooses (probe scenario s07). */
class TableConstraintsTest {
    private static final String INDEXED = """
            @Entity
            @Table(name = "indexed", schema = "sales",
                indexes = {
                    @Index(name = "IDX_Named_AB", columnList = "a, b DESC"),
                    @Index(columnList = "c"),
                    @Index(columnList = "a,c"),
                    @Index(name = "uidx_d", columnList = "d", unique = true),
                    @Index(columnList = "e", unique = true),
                    @Index(columnList = "firstName"),
                    @Index(columnList = "c ASC")
                },
                uniqueConstraints = {
                    @UniqueConstraint(name = "uk_named_ef", columnNames = {"e", "f"}),
                    @UniqueConstraint(columnNames = {"f", "a"}),
                    @UniqueConstraint(columnNames = {"id"})
                })
            public class Indexed {
                @Id Long id;
                String a; String b; String c; String d; String e; String f;
                String firstName;
            }
            """;

    @Test
    void readsIndexesAndUniqueConstraints() {
        Table table = read(source("Indexed", INDEXED)).table("sales.indexed");

        assertEquals(List.of(new Unique("uk_named_ef", List.of("e", "f")), new Unique("indexed_f_a_key", List.of("f", "a")),
                new Unique("uidx_d", List.of("d")), new Unique("indexed_e_key", List.of("e"))), table.uniques());
        assertEquals(List.of(index("idx_named_ab", "a", "b desc"), index("indexed_c_idx", "c"),
                index("indexed_a_c_idx", "a", "c"), index("indexed_firstname_idx", "firstname")), table.indexes());
    }

    @Test
    void indexColumnNamesGoThroughTheNamingStrategy() {
        Table table = read(NamingStyle.SPRING, source("Indexed", INDEXED)).table("sales.indexed");

        assertEquals(index("indexed_first_name_idx", "first_name"), table.indexes().get(3));
    }

    @Test
    void generatedNamesNeverCollideInASchema() {
        Reading reading = read(source("A", """
                @Entity @Table(name = "a_b", indexes = @Index(columnList = "c")) public class A { @Id Long id; String c; }
                """), source("B", """
                @Entity @Table(name = "a", indexes = @Index(columnList = "b_c")) public class B { @Id Long id; String b_c; }
                """), source("C", """
                @Entity @Table(name = "a_b_c_idx") public class C { @Id Long id; }
                """));

        // entities are read in the order of their class names, A first
        assertEquals(List.of(index("a_b_c_idx1", "c")), reading.table("a_b").indexes());
        assertEquals(List.of(index("a_b_c_idx2", "b_c")), reading.table("a").indexes());
    }

    @Test
    void longGeneratedNamesAreHashedTo63Bytes() {
        String longColumn = "c".repeat(40);
        Table table = read(source("LongNames", """
                @Entity @Table(name = "%s", indexes = @Index(columnList = "%s"))
                public class LongNames { @Id Long id; @Column(unique = true) String %s; }
                """.formatted("t".repeat(30), longColumn, longColumn))).table("t".repeat(30));

        String index = table.indexes().get(0).name();
        assertEquals(63, index.getBytes(StandardCharsets.UTF_8).length);
        assertEquals(("t".repeat(30) + "_" + longColumn).substring(0, 54) + "_",
                index.substring(0, 55));
        assertEquals(ConstraintNames.unique("t".repeat(30), List.of(longColumn)), table.uniques().get(0).name());
    }

    @Test
    void anIndexUnnamedTwiceOnTheSameColumnsIsOneIndex() {
        Table table = read(source("Twice", """
                @Entity @Table(indexes = { @Index(columnList = "a, b"), @Index(columnList = "b, a") })
                public class Twice { @Id Long id; String a; String b; }
                """)).table("twice");

        assertEquals(List.of(Index.index("twice_a_b_idx", "a", "b")), table.indexes());
    }

    @Test
    void theModelDoesNotDependOnTheOrderOfSources() {
        JavaFileObject a = source("A", """
                @Entity @Table(name = "a_b", indexes = @Index(columnList = "c")) public class A {
                    @Id @GeneratedValue Long id; String c; @ManyToOne B b;
                }
                """);
        JavaFileObject b = source("B", """
                @Entity @Table(name = "a", indexes = @Index(columnList = "b_c")) public class B {
                    @Id @GeneratedValue Long id; String b_c; @OneToOne A a;
                }
                """);

        assertEquals(read(a, b).model(), read(b, a).model());
    }
}
