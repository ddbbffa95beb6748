package dev.schemac.processor.read;

import static dev.schemac.processor.read.MoreTypesTest.columns;
import static dev.schemac.processor.read.ReadHarness.assertError;
import static dev.schemac.processor.read.ReadHarness.read;
import static dev.schemac.processor.read.ReadHarness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.schemac.schema.Table;
import dev.schemac.schema.Unique;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hibernate's common annotations, as Hibernate 7 applies them on PostgreSQL. */
class HibernateAnnotationsTest {
    private static final String IMPORTS = "import org.hibernate.annotations.*;\nimport org.hibernate.type.SqlTypes;\n";

    @Test
    void jdbcTypeCodesDefaultsTimestampsAndNationalizedText() {
        Table table = read(source("Doc", IMPORTS + """
                @Entity public class Doc {
                    @jakarta.persistence.Id Long id;
                    @JdbcTypeCode(SqlTypes.JSON) Map<String, Object> meta;
                    @JdbcTypeCode(SqlTypes.JSON) List<String> tags;
                    @JdbcTypeCode(SqlTypes.LONG32VARCHAR) String text;
                    @JdbcTypeCode(SqlTypes.SQLXML) String xml;
                    @JdbcTypeCode(SqlTypes.CHAR) @Column(length = 4) String code;
                    @JdbcTypeCode(SqlTypes.UUID) String ref;
                    @JdbcTypeCode(SqlTypes.VARBINARY) byte[] bytes;
                    @ColumnDefault("0") int views;
                    @ColumnDefault("'draft'") @Column(length = 20) String state;
                    @CreationTimestamp @Column(nullable = true) Instant created;
                    @UpdateTimestamp LocalDateTime updated;
                    @Nationalized @Column(length = 30) String title;
                    @Formula("views * 2") int score;
                }
                """)).table("doc");
        assertEquals("jsonb", columns(table).get("meta"));
        assertEquals("jsonb", columns(table).get("tags"));
        assertEquals("text", columns(table).get("text"));
        assertEquals("xml", columns(table).get("xml"));
        assertEquals("char(4)", columns(table).get("code"));
        assertEquals("uuid", columns(table).get("ref"));
        assertEquals("bytea", columns(table).get("bytes"));
        assertEquals("integer not null default 0", columns(table).get("views"));
        assertEquals("varchar(20) default 'draft'", columns(table).get("state"));
        // Hibernate 7 makes the columns of generated timestamps NOT NULL, whatever @Column says
        assertEquals("timestamptz(6) not null", columns(table).get("created"));
        assertEquals("timestamp(6) not null", columns(table).get("updated"));
        assertEquals("varchar(30)", columns(table).get("title"));
        assertFalse(columns(table).containsKey("score"));
    }

    @Test
    void annotationsThatChangeNoDdlPassOnClassesAndAttributes() {
        Table table = read(source("Ticket", IMPORTS + """
                @Entity @Immutable @DynamicUpdate @BatchSize(size = 10) @SQLRestriction("open")
                @org.hibernate.annotations.Cache(usage = CacheConcurrencyStrategy.READ_ONLY)
                public class Ticket {
                    @jakarta.persistence.Id Long id;
                    @ManyToOne @Fetch(FetchMode.JOIN) Ticket parent;
                    @OneToMany(mappedBy = "parent") @BatchSize(size = 5) Set<Ticket> children;
                }
                """)).table("ticket");
        assertEquals(List.of("id", "parent_id"), List.copyOf(columns(table).keySet()));
    }

    @Test
    void naturalIdsAreOneUniqueConstraintInBindingOrder() {
        Table table = read(source("Plan", IMPORTS + """
                @Entity public class Plan {
                    @jakarta.persistence.Id Long id;
                    @NaturalId(mutable = true) String region;
                    @NaturalId(mutable = true) @Column(name = "num") int number;
                    @NaturalId @ManyToOne Plan parent;
                }
                """)).table("plan");
        assertEquals(List.of(new Unique("plan_num_region_parent_id_key", List.of("num", "region", "parent_id"))),
                table.uniques());
        assertEquals("varchar(255)", columns(table).get("region"));
    }

    @Test
    void anUnsupportedJdbcTypeCodeIsRefused() {
        assertError("@JdbcTypeCode(4) on the type java.lang.Long is not supported; schemac maps SqlTypes.JSON",
                source("Doc", IMPORTS + """
                @Entity public class Doc {
                    @jakarta.persistence.Id Long id;
                    @JdbcTypeCode(SqlTypes.INTEGER) Long small;
                }
                """), "Long small;");
    }

    @Test
    void aDefaultThatIsNotOneExpressionIsRefused() {
        assertError("the @ColumnDefault of Doc.views must be a single SQL expression", source("Doc", IMPORTS + """
                @Entity public class Doc {
                    @jakarta.persistence.Id Long id;
                    @ColumnDefault("0; drop table doc") int views;
                }
                """), "int views;");
    }

    @Test
    void onAnAssociationOrAnEmbeddedAttributeTheyAreRefused() {
        assertError("@ColumnDefault on Doc.parent is not supported by schemac yet (Hibernate's annotations on"
                + " associations and embedded attributes", source("Doc", IMPORTS + """
                @Entity public class Doc {
                    @jakarta.persistence.Id Long id;
                    @ColumnDefault("1") @ManyToOne Doc parent;
                }
                """), "Doc parent;");
        assertError("@NaturalId on Doc.part is not supported by schemac yet", source("Doc", IMPORTS + """
                @Entity public class Doc {
                    @jakarta.persistence.Id Long id;
                    @NaturalId Part part;
                }
                """), "Part part;", source("Part", "@Embeddable public class Part { String a; }"));
    }

    @Test
    void otherHibernateAnnotationsStayRefused() {
        assertError("@Generated on Doc.serial is not supported by schemac yet", source("Doc", IMPORTS + """
                @Entity public class Doc {
                    @jakarta.persistence.Id Long id;
                    @Generated int serial;
                }
                """), "int serial;");
    }
}
