package dev.schemac.processor.read;

import static dev.schemac.processor.read.MoreTypesTest.columns;
import static dev.schemac.processor.read.ReadHarness.assertError;
import static dev.schemac.processor.read.ReadHarness.read;
import static dev.schemac.processor.read.ReadHarness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.schema.Table;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Attribute converters: the column has the converter's database type, as in Hibernate 7. */
class ConvertersTest {
    private static final JavaFileObject SLUG = source("Slug", "public record Slug(String value) {}");
    private static final JavaFileObject SLUGS = source("Slugs", """
            @Converter(autoApply = true)
            public class Slugs implements AttributeConverter<Slug, String> {
                public String convertToDatabaseColumn(Slug s) { return null; }
                public Slug convertToEntityAttribute(String s) { return null; }
            }
            """);
    private static final JavaFileObject BASE = source("Base", """
            public abstract class Base<A, B> implements AttributeConverter<A, B> {
                public B convertToDatabaseColumn(A s) { return null; }
                public A convertToEntityAttribute(B s) { return null; }
            }
            """);
    private static final JavaFileObject CENTS = source("Cents", """
            @Converter public class Cents extends Base<Long, BigDecimal> {}
            """);
    private static final JavaFileObject FLAGS = source("Flags", """
            @Converter public class Flags implements AttributeConverter<Boolean, Character> {
                public Character convertToDatabaseColumn(Boolean s) { return null; }
                public Boolean convertToEntityAttribute(Character s) { return null; }
            }
            """);

    @Test
    void theColumnTypeIsTheConvertersDatabaseType() {
        Table table = read(source("Page", """
                @Entity public class Page {
                    @Id Long id;
                    Slug slug;
                    @Column(length = 80) Slug shortSlug;
                    @Convert(converter = Cents.class) Long price;
                    @Convert(converter = Cents.class) @Column(precision = 10, scale = 2) Long cost;
                    @Embedded @Convert(attributeName = "amount", converter = Cents.class) Part part;
                }
                """), source("Part", "@Embeddable public class Part { Long amount; Slug label; }"), SLUG, SLUGS,
                BASE, CENTS).table("page");
        assertEquals(Map.of("id", "bigint not null", "slug", "varchar(255)", "shortslug", "varchar(80)",
                "price", "numeric(38,2)", "cost", "numeric(10,2)", "amount", "numeric(38,2)",
                "label", "varchar(255)"), columns(table));
    }

    @Test
    void disableConversionTurnsAutoApplyOff() {
        assertError("the type test.Slug of Page.slug is not supported", source("Page", """
                @Entity public class Page {
                    @Id Long id;
                    @Convert(disableConversion = true) Slug slug;
                }
                """), "Slug slug;", SLUG, SLUGS);
    }

    @Test
    void aConverterOnABooleanWithoutTheClasspathOptionSaysWhichOptionToPass() {
        // evaluating the converter is tested in ConvertedValuesTest
        assertError("the converter Flags on Page.flag is not supported by schemac yet (schemac calls the converter"
                + " to learn the values of Hibernate's check, and needs the project's classpath for it: pass"
                + " -Aschemac.classpath=", source("Page", """
                @Entity public class Page {
                    @Id Long id;
                    @Convert(converter = Flags.class) Boolean flag;
                }
                """), "Boolean flag;", FLAGS);
    }

    @Test
    void anAttributeNameOnABasicAttributeOrAConverterOnAnAssociationIsRefused() {
        assertError("Page.price: @Convert(attributeName) names an attribute of an embedded attribute",
                source("Page", """
                @Entity public class Page {
                    @Id Long id;
                    @Convert(attributeName = "x", converter = Cents.class) Long price;
                }
                """), "Long price;", BASE, CENTS);
        assertError("@Convert on Page.parent is not supported by schemac yet (converters on associations",
                source("Page", """
                @Entity public class Page {
                    @Id Long id;
                    @Convert(converter = Cents.class) @ManyToOne Page parent;
                }
                """), "Page parent;", BASE, CENTS);
    }

    @Test
    void twoAutoAppliedConvertersForOneTypeAreRefused() {
        assertError("the converters Slugs and Slugs2 both apply automatically to test.Slug", source("Slugs2", """
                @Converter(autoApply = true)
                public class Slugs2 implements AttributeConverter<Slug, String> {
                    public String convertToDatabaseColumn(Slug s) { return null; }
                    public Slug convertToEntityAttribute(String s) { return null; }
                }
                """), "public class Slugs2", SLUG, SLUGS, source("Page", "@Entity public class Page { @Id Long id; }"));
    }
}
