package dev.schemac.processor.read;

import static dev.schemac.processor.read.ReadHarness.read;
import static dev.schemac.processor.read.ReadHarness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.processor.Options.NamingStyle;
import dev.schemac.schema.Column;
import dev.schemac.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hibernate's identifier parsing and both physical naming strategies (notes §2.1, §2.2; probe scenario s12). */
class NamingTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "unitPrice|unit_price", "URLValue|urlvalue", "someURLPath|someurlpath", "HTMLParser|htmlparser",
            "HTTPRequestLog|httprequest_log", "address2Line|address2_line", "a1B2|a1_b2", "v2Value|v2_value",
            "value2|value2", "x|x", "aB|ab", "ABc|abc", "camelCaseX|camel_casex", "already_snake|already_snake",
            "mixed_CaseName|mixed_case_name", "ÄrgerÜber|ärger_über", "Foo_SEQ|foo_seq"})
    void springNamingFollowsCamelCaseToUnderscores(String logical, String physical) {
        assertEquals(new Identifier(physical, false), new SpringNaming().toPhysical(Identifier.parse(logical)));
    }

    @Test
    void springNamingLeavesQuotedNamesAlone() {
        assertEquals(new Identifier("MixedCase", true), new SpringNaming().toPhysical(Identifier.parse("`MixedCase`")));
        assertEquals(new Identifier("explicit.dotted", true),
                new SpringNaming().toPhysical(Identifier.parse("explicit.dotted")));
    }

    @Test
    void jpaNamingKeepsLogicalNames() {
        assertEquals(new Identifier("OrderLine", false), new JpaNaming().toPhysical(Identifier.parse("OrderLine")));
    }

    @Test
    void parsesQuoteMarksAndAutoQuotesIllegalNames() {
        assertEquals(new Identifier("A", true), Identifier.parse("\"A\""));
        assertEquals(new Identifier("Back", true), Identifier.parse(" `Back` "));
        assertEquals(new Identifier("Br", true), Identifier.parse("[Br]"));
        assertEquals(new Identifier("\"\"", true), Identifier.parse("\"\""),
                "two quote marks alone are no quote marks, but no plain name either");
        assertEquals(new Identifier("1abc", true), Identifier.parse("1abc"));
        assertEquals(new Identifier("a-b", true), Identifier.parse("a-b"));
        assertEquals(new Identifier("a$b_1", false), Identifier.parse("a$b_1"));
        assertNull(Identifier.parse("   "));
    }

    @Test
    void catalogNamesFoldAsciiOnlyAndKeepQuotedCase() {
        assertEquals("orderline", Identifier.parse("OrderLine").catalogName());
        assertEquals("ÄrgerÜber", Identifier.parse("ÄrgerÜber").catalogName());
        assertEquals("MixedCase", Identifier.parse("\"MixedCase\"").catalogName());
    }

    @Test
    void catalogNamesAreCutAt63BytesOnACharacterBoundary() {
        String longName = "a".repeat(62) + "é";
        assertEquals("a".repeat(62), Identifier.parse(longName).catalogName());
        assertEquals("b".repeat(63), Identifier.parse("b".repeat(70)).catalogName());
    }

    @Test
    void reservedWordsAreOnlyAProblemUnquoted() {
        assertTrue(Identifier.parse("User").isUnquotedReservedWord());
        assertTrue(Identifier.parse("order").isUnquotedReservedWord());
        assertFalse(Identifier.parse("\"user\"").isUnquotedReservedWord());
        assertFalse(Identifier.parse("value").isUnquotedReservedWord(), "non-reserved keywords are fine");
    }

    @Test
    void entityNamesAndExplicitNamesUnderBothStyles() {
        String[] sources = {
                "@Entity public class OrderLine { @Id Long id; BigDecimal unitPrice;"
                        + " @Column(name = \"ExplicitCamel\") String explicitCamel; }",
                "@Entity(name = \"MyCamelName\") public class NamedCamel { @Id Long myId; }",
                "@Entity @Table(name = \"ExplicitCamelTable\") public class TableExplicitCamel { @Id Long id; }"};
        String[] names = {"OrderLine", "NamedCamel", "TableExplicitCamel"};

        assertEquals(List.of("explicitcameltable", "mycamelname", "orderline"), tableNames(NamingStyle.JPA, sources,
                names));
        assertEquals(List.of("explicit_camel_table", "my_camel_name", "order_line"),
                tableNames(NamingStyle.SPRING, sources, names));
        assertEquals(List.of("id", "unit_price", "explicit_camel"), columnNames(
                read(NamingStyle.SPRING, source("OrderLine", sources[0])).table("order_line")));
        assertEquals(List.of("id", "unitprice", "explicitcamel"), columnNames(
                read(NamingStyle.JPA, source("OrderLine", sources[0])).table("orderline")));
    }

    @Test
    void constraintNamesAreBuiltFromCatalogNamesUnderSpringNaming() {
        Table table = read(NamingStyle.SPRING, source("Color", "public enum Color { RED }"), source("PaintJob", """
                @Entity @Table(indexes = @Index(columnList = "mainColor, jobNumber"))
                public class PaintJob {
                    @Id Long jobId;
                    @Column(unique = true) Integer jobNumber;
                    @Enumerated(EnumType.STRING) Color mainColor;
                }
                """)).table("paint_job");

        assertEquals("paint_job_pkey", table.primaryKey().name());
        assertEquals("paint_job_job_number_key", table.uniques().get(0).name());
        assertEquals("paint_job_main_color_check", table.checks().get(0).name());
        assertEquals("main_color in ('RED')", table.checks().get(0).expression());
        assertEquals("paint_job_main_color_job_number_idx", table.indexes().get(0).name());
    }

    private static List<String> tableNames(NamingStyle style, String[] sources, String[] names) {
        var files = new javax.tools.JavaFileObject[sources.length];
        for (int i = 0; i < sources.length; i++) {
            files[i] = source(names[i], sources[i]);
        }
        return read(style, files).model().tables().stream().map(t -> t.name().name()).toList();
    }

    private static List<String> columnNames(Table table) {
        return table.columns().stream().map(Column::name).toList();
    }
}
