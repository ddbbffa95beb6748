package dev.schemac.processor.read;

import static dev.schemac.processor.read.ReadHarness.read;
import static dev.schemac.processor.read.ReadHarness.source;
import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.BIGINT;
import static dev.schemac.schema.ColumnType.INTEGER;
import static dev.schemac.schema.ColumnType.UUID;
import static dev.schemac.schema.ColumnType.varchar;
import static dev.schemac.schema.Sequence.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.processor.Options.NamingStyle;
import dev.schemac.processor.read.ReadHarness.Reading;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.Sequence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @GeneratedValue} and {@code @SequenceGenerator} as Hibernate 7 applies them (probe scenario s05). */
class IdGenerationTest {
    @Test
    void identityIsAnIdentityColumnWithoutSequence() {
        Reading reading = read(source("Ident", """
                @Entity public class Ident {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                }
                """), source("IdentInt", """
                @Entity public class IdentInt {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
                }
                """));

        assertEquals(List.of(column("id", BIGINT).asIdentity()), reading.table("ident").columns());
        assertEquals(List.of(column("id", INTEGER).asIdentity()), reading.table("identint").columns());
        assertEquals(List.of(), reading.model().sequences());
    }

    @Test
    void autoAndPlainSequenceUseTheTableNameWithSeqSuffix() {
        Reading reading = read(source("IdAuto", "@Entity public class IdAuto { @Id @GeneratedValue Long id; }"),
                source("Named", "@Entity(name = \"Foo\") public class Named { @Id @GeneratedValue long id; }"),
                source("Both", """
                        @Entity(name = "Bar") @Table(name = "bar_table", schema = "sales")
                        public class Both { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Integer id; }
                        """));

        assertEquals(List.of(sequence("bar_table_seq", 1, 50), sequence("foo_seq", 1, 50),
                sequence("idauto_seq", 1, 50)), reading.model().sequences());
        assertEquals(List.of(column("id", INTEGER).notNull()), reading.table("sales.bar_table").columns());
    }

    @Test
    void springNamingSnakeCasesSequenceNames() {
        Reading reading = read(NamingStyle.SPRING,
                source("CamelCaseAuto", "@Entity public class CamelCaseAuto { @Id @GeneratedValue Long id; }"),
                source("GenOnly", """
                        @Entity public class GenOnly {
                            @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "genOnlyName")
                            @SequenceGenerator(name = "genOnlyName") Long id;
                        }
                        """),
                source("Mixed", """
                        @Entity public class Mixed {
                            @Id @GeneratedValue(generator = "a1")
                            @SequenceGenerator(name = "a1", sequenceName = "MixedCaseSeq", allocationSize = 1) Long id;
                        }
                        """));

        assertEquals(List.of(sequence("camel_case_auto_seq", 1, 50), sequence("gen_only_name", 1, 50),
                sequence("mixed_case_seq", 1, 1)), reading.model().sequences());
    }

    @Test
    void sequenceGeneratorSetsNameStartAndIncrement() {
        Reading reading = read(source("WithGen", """
                @Entity public class WithGen {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "x")
                    @SequenceGenerator(name = "x", sequenceName = "my_seq", allocationSize = 10, initialValue = 5)
                    Long id;
                }
                """), source("InSchema", """
                @Entity public class InSchema {
                    @Id @GeneratedValue(generator = "g")
                    @SequenceGenerator(name = "g", sequenceName = "in_schema_seq", schema = "Sales2") Long id;
                }
                """), source("Dotted", """
                @Entity public class Dotted {
                    @Id @GeneratedValue(generator = "g")
                    @SequenceGenerator(name = "g", sequenceName = "other.dotted_seq", schema = "ignored") Long id;
                }
                """));

        assertEquals(List.of(sequence("my_seq", 5, 10), sequence("other.dotted_seq", 1, 50),
                sequence("sales2.in_schema_seq", 1, 50)), reading.model().sequences());
    }

    @Test
    void generatorsAreFoundOnTheClassAndUnnamedOnesServeAnyId() {
        Reading reading = read(source("ClassGen", """
                @Entity @SequenceGenerator(name = "classgen", sequenceName = "class_gen_seq", allocationSize = 7)
                public class ClassGen {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "classgen") Long id;
                }
                """), source("Unnamed", """
                @Entity @SequenceGenerator(allocationSize = 3)
                public class Unnamed { @Id @GeneratedValue Long id; }
                """), source("UnnamedOnField", """
                @Entity public class UnnamedOnField {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE)
                    @SequenceGenerator(sequenceName = "e_custom", initialValue = 100) Long id;
                }
                """));

        assertEquals(List.of(sequence("class_gen_seq", 1, 7), sequence("e_custom", 100, 50),
                sequence("unnamed_seq", 1, 3)), reading.model().sequences());
    }

    @Test
    void aGeneratorOfAnotherEntityIsInvisibleSoItsNameBecomesTheSequenceName() {
        Reading reading = read(source("A", """
                @Entity @SequenceGenerator(name = "classgen", sequenceName = "class_gen_seq")
                public class A { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "classgen") Long id; }
                """), source("B", """
                @Entity public class B {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "classgen") Long id;
                }
                """));

        assertEquals(List.of(sequence("class_gen_seq", 1, 50), sequence("classgen", 1, 50)),
                reading.model().sequences());
    }

    @Test
    void idsSharingASequenceNameShareOneSequence() {
        Reading reading = read(source("A", """
                @Entity public class A {
                    @Id @GeneratedValue(generator = "s") @SequenceGenerator(name = "s", sequenceName = "shared") Long id;
                }
                """), source("B", """
                @Entity public class B {
                    @Id @GeneratedValue(generator = "s") @SequenceGenerator(name = "s", sequenceName = "shared") Long id;
                }
                """));

        assertEquals(List.of(sequence("shared", 1, 50)), reading.model().sequences());
        assertEquals("A.id", reading.result().origins().ofSequence(QualifiedName.parse("shared")).orElseThrow().path());
    }

    @Test
    void uuidAndStringIdsAreGeneratedWithoutSequence() {
        Reading reading = read(
                source("U1", "@Entity public class U1 { @Id @GeneratedValue UUID id; }"),
                source("U2", "@Entity public class U2 { @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id; }"),
                source("U3", "@Entity public class U3 { @Id @GeneratedValue String id; }"),
                source("U4", "@Entity public class U4 { @Id @GeneratedValue(strategy = GenerationType.UUID) String id; }"));

        assertEquals(List.<Sequence>of(), reading.model().sequences());
        assertEquals(List.of(column("id", UUID).notNull()), reading.table("u1").columns());
        assertEquals(List.of(column("id", varchar(255)).notNull()), reading.table("u4").columns());
    }

    @Test
    void aQuotedTableGivesAnUnquotedImplicitSequence() {
        Reading reading = read(source("Quoted", """
                @Entity @Table(name = "\\"QuotedC\\"") public class Quoted { @Id @GeneratedValue Long id; }
                """));

        assertEquals(List.of(sequence("quotedc_seq", 1, 50)), reading.model().sequences());
        reading.table("QuotedC");
    }

    @Test
    void aNestedEntityIsNamedWithItsBinaryName() {
        Reading reading = read(source("Outer", """
                public class Outer {
                    @Entity public static class Inner { @Id @GeneratedValue Long id; }
                }
                """));

        assertEquals(List.of(sequence("outer$inner_seq", 1, 50)), reading.model().sequences());
        reading.table("outer$inner");
    }
}
