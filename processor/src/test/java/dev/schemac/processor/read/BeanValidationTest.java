package dev.schemac.processor.read;

import static dev.schemac.processor.read.MoreTypesTest.columns;
import static dev.schemac.processor.read.ReadHarness.assertError;
import static dev.schemac.processor.read.ReadHarness.read;
import static dev.schemac.processor.read.ReadHarness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.schema.Check;
import dev.schemac.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bean Validation constraints in the DDL, as Hibernate 7 applies them (verified on PostgreSQL). */
class BeanValidationTest {
    private static final String IMPORTS = "import jakarta.validation.Valid;\n"
            + "import jakarta.validation.constraints.*;\nimport org.hibernate.validator.constraints.*;\n";

    @Test
    void notNullSizeDigitsAndBounds() {
        Table table = read(source("Form", IMPORTS + """
                @Entity public class Form {
                    @Id Long id;
                    @NotNull String a; @NotEmpty String b; @NotBlank String c;
                    @NotNull @Column(nullable = true) String d;
                    @Size(max = 40) String e; @Size(min = 2) String f;
                    @Size(max = 30) @Column(length = 100) String g;
                    @Length(max = 33) String h;
                    @Digits(integer = 5, fraction = 2) @Column(precision = 20, scale = 4) BigDecimal i;
                    @Min(1) int j; @Max(100) Integer k; @Min(-3) short l;
                    @Range(min = 1, max = 9) int m;
                    @DecimalMin("1") @Positive BigDecimal n;
                    @NotNull @ManyToOne Form parent;
                    @Size(max = 10) char[] o;
                }
                """)).table("form");
        assertEquals("varchar(255) not null", columns(table).get("a"));
        assertEquals("varchar(255) not null", columns(table).get("b"));
        assertEquals("varchar(255) not null", columns(table).get("c"));
        assertEquals("varchar(255) not null", columns(table).get("d"));
        assertEquals("varchar(40)", columns(table).get("e"));
        assertEquals("varchar(255)", columns(table).get("f"));
        assertEquals("varchar(30)", columns(table).get("g"));
        assertEquals("varchar(33)", columns(table).get("h"));
        assertEquals("numeric(7,2)", columns(table).get("i"));
        assertEquals("numeric(38,2)", columns(table).get("n"));
        assertEquals("bigint not null", columns(table).get("parent_id"));
        assertEquals("varchar(255)", columns(table).get("o"));
        assertEquals(List.of(new Check("form_j_check", "j>=1"), new Check("form_k_check", "k<=100"),
                new Check("form_l_check", "l>=-3"), new Check("form_m_check", "(m>=1) and (m<=9)")),
                table.checks());
    }

    @Test
    void insideEmbeddablesOnlyValidOnesCountAndNeverNotNull() {
        Table table = read(source("Form", IMPORTS + """
                @Entity public class Form {
                    @Id Long id;
                    @Valid @Embedded Checked checked;
                    @NotNull @Embedded Plain plain;
                }
                """), source("Checked", IMPORTS + """
                @Embeddable public class Checked { @NotNull @Size(max = 12) String a; @Min(3) Integer b; }
                """), source("Plain", IMPORTS + """
                @Embeddable public class Plain { @NotNull @Size(max = 12) String c; @Min(3) Integer d; }
                """)).table("form");
        assertEquals("varchar(12)", columns(table).get("a"));
        assertEquals("varchar(255)", columns(table).get("c"));
        assertEquals(List.of(new Check("form_b_check", "b>=3")), table.checks());
    }

    @Test
    void constraintsCountOnTheFieldAndOnTheGetterWhateverTheAccess() {
        ReadHarness.Reading reading = read(source("ByField", IMPORTS + """
                @Entity public class ByField {
                    @Id Long id;
                    String a; String b;
                    @NotNull public String getA() { return a; }
                    @Size(max = 12) public String getB() { return b; }
                }
                """), source("ByGetter", IMPORTS + """
                @Entity public class ByGetter {
                    Long id; @NotNull String c;
                    @Id public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }
                    public String getC() { return c; }
                    public void setC(String c) { this.c = c; }
                }
                """));
        assertEquals("varchar(255) not null", columns(reading.table("byfield")).get("a"));
        assertEquals("varchar(12)", columns(reading.table("byfield")).get("b"));
        assertEquals("varchar(255) not null", columns(reading.table("bygetter")).get("c"));
    }

    @Test
    void aConstraintComposedOfOnesInTheDdlIsRefused() {
        assertError("@Percent on Form.share is not supported by schemac yet (constraints composed of @NotNull,",
                source("Form", IMPORTS + """
                @Entity public class Form {
                    @Id Long id;
                    @Percent int share;
                }
                """), "int share;", source("Percent", IMPORTS + """
                @Min(0) @Max(100) @jakarta.validation.Constraint(validatedBy = {})
                @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                public @interface Percent {
                    String message() default "";
                    Class<?>[] groups() default {};
                    Class<? extends jakarta.validation.Payload>[] payload() default {};
                }
                """));
    }

    @Test
    void aForeignKeyToAnIdBoundedBySizeKeepsTheUnboundedLength() {
        // Hibernate copies the id's type into foreign keys before it applies Bean Validation to the id
        ReadHarness.Reading reading = read(source("Site", IMPORTS + """
                @Entity public class Site { @Id @Size(max = 40) String host; }
                """), source("Page", IMPORTS + """
                @Entity public class Page { @Id Long id; @ManyToOne Site site; }
                """));
        assertEquals("varchar(40) not null", columns(reading.table("site")).get("host"));
        assertEquals("varchar(255)", columns(reading.table("page")).get("site_host"));
    }

    @Test
    void boundsOnTextAreRefused() {
        assertError("@Min, @Max or @Range on Form.code of type java.lang.String: Hibernate writes a check",
                source("Form", IMPORTS + """
                @Entity public class Form {
                    @Id Long id;
                    @Min(1) String code;
                }
                """), "String code;");
    }

    @Test
    void digitsOnOtherTypesAreRefused() {
        assertError("@Digits on Form.count of type int is not supported", source("Form", IMPORTS + """
                @Entity public class Form {
                    @Id Long id;
                    @Digits(integer = 3, fraction = 0) int count;
                }
                """), "int count;");
    }
}
