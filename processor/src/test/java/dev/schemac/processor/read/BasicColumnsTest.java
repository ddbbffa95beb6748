package dev.schemac.processor.read;

import static dev.schemac.processor.read.ReadHarness.read;
import static dev.schemac.processor.read.ReadHarness.source;
import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.BIGINT;
import static dev.schemac.schema.ColumnType.BOOLEAN;
import static dev.schemac.schema.ColumnType.DATE;
import static dev.schemac.schema.ColumnType.DOUBLE_PRECISION;
import static dev.schemac.schema.ColumnType.INTEGER;
import static dev.schemac.schema.ColumnType.REAL;
import static dev.schemac.schema.ColumnType.SMALLINT;
import static dev.schemac.schema.ColumnType.UUID;
import static dev.schemac.schema.ColumnType.BYTEA;
import static dev.schemac.schema.ColumnType.character;
import static dev.schemac.schema.ColumnType.numeric;
import static dev.schemac.schema.ColumnType.time;
import static dev.schemac.schema.ColumnType.timestamp;
import static dev.schemac.schema.ColumnType.timestamptz;
import static dev.schemac.schema.ColumnType.varchar;
import static dev.schemac.schema.ColumnType.TEXT;
import static dev.schemac.schema.ColumnType.OID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.processor.Options.NamingStyle;
import dev.schemac.schema.Column;
import dev.schemac.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Java types to PostgreSQL types and nullability, as Hibernate 7 creates them (probe scenario s01). */
class BasicColumnsTest {
    @Test
    void mapsEveryBasicTypeWithHibernatesDefaults() {
        Table table = read(source("Basics", """
                @Entity public class Basics {
                    @Id Long id;
                    boolean primBoolean; Boolean wrapBoolean;
                    byte primByte; Byte wrapByte;
                    short primShort; Short wrapShort;
                    int primInt; Integer wrapInteger;
                    long primLong; Long wrapLong;
                    float primFloat; Float wrapFloat;
                    double primDouble; Double wrapDouble;
                    char primChar; Character wrapCharacter;
                    String string;
                    BigDecimal bigDecimal; BigInteger bigInteger;
                    LocalDate localDate; LocalTime localTimeValue; LocalDateTime localDateTime;
                    Instant instant; OffsetDateTime offsetDateTime; OffsetTime offsetTime; ZonedDateTime zoned;
                    Duration duration; Year year;
                    UUID uuid;
                    byte[] bytes;
                }
                """)).table("basics");

        assertEquals(Table.table("basics")
                .column(column("id", BIGINT).notNull())
                .column(column("primboolean", BOOLEAN).notNull())
                .column(column("wrapboolean", BOOLEAN))
                .column(column("primbyte", SMALLINT).notNull())
                .column(column("wrapbyte", SMALLINT))
                .column(column("primshort", SMALLINT).notNull())
                .column(column("wrapshort", SMALLINT))
                .column(column("primint", INTEGER).notNull())
                .column(column("wrapinteger", INTEGER))
                .column(column("primlong", BIGINT).notNull())
                .column(column("wraplong", BIGINT))
                .column(column("primfloat", REAL).notNull())
                .column(column("wrapfloat", REAL))
                .column(column("primdouble", DOUBLE_PRECISION).notNull())
                .column(column("wrapdouble", DOUBLE_PRECISION))
                .column(column("primchar", character(1)).notNull())
                .column(column("wrapcharacter", character(1)))
                .column(column("string", varchar(255)))
                .column(column("bigdecimal", numeric(38, 2)))
                .column(column("biginteger", numeric(38, 0)))
                .column(column("localdate", DATE))
                .column(column("localtimevalue", time(0)))
                .column(column("localdatetime", timestamp(6)))
                .column(column("instant", timestamptz(6)))
                .column(column("offsetdatetime", timestamptz(6)))
                .column(column("offsettime", time(0)))
                .column(column("zoned", timestamptz(6)))
                .column(column("duration", numeric(21, 0)))
                .column(column("year", INTEGER))
                .column(column("uuid", UUID))
                .column(column("bytes", BYTEA))
                .primaryKey("basics_pkey", "id"), table);
    }

    @Test
    void appliesColumnAttributesLikeHibernate() {
        Table table = read(source("Attrs", """
                @Entity public class Attrs {
                    @Id Long id;
                    @Column(length = 100) String len100;
                    @Column(length = 10485760) String longest;
                    @Column(length = 10485761) String tooLong;
                    @Column(length = 0) String lengthZero;
                    @Column(precision = 10, scale = 3) BigDecimal p10s3;
                    @Column(precision = 12) BigDecimal p12;
                    @Column(scale = 4) BigDecimal s4;
                    @Column(precision = 10) BigInteger bigP10;
                    @Column(nullable = false) String required;
                    @Column(nullable = true) int nullablePrimitive;
                    @Column(name = "named") int namedPrimitive;
                    @Basic int basicPrimitive;
                    @Basic(optional = false) @Column(nullable = true) String basicRequired;
                    @Column(length = 20) char char20;
                    @Column(name = "c") Character charDefaultLength;
                    @Column(length = 50) byte[] bytes50;
                    @Column(insertable = false, updatable = false) String readOnly;
                }
                """)).table("attrs");

        assertEquals(Table.table("attrs")
                .column(column("id", BIGINT).notNull())
                .column(column("len100", varchar(100)))
                .column(column("longest", varchar(10485760)))
                .column(column("toolong", TEXT))
                .column(column("lengthzero", TEXT))
                .column(column("p10s3", numeric(10, 3)))
                .column(column("p12", numeric(12, 0)))
                .column(column("s4", numeric(38, 2)))
                .column(column("bigp10", numeric(10, 0)))
                .column(column("required", varchar(255)).notNull())
                .column(column("nullableprimitive", INTEGER))
                .column(column("named", INTEGER))
                .column(column("basicprimitive", INTEGER).notNull())
                .column(column("basicrequired", varchar(255)).notNull())
                .column(column("char20", character(20)))
                .column(column("c", character(1)))
                .column(column("bytes50", BYTEA))
                .column(column("readonly", varchar(255)))
                .primaryKey("attrs_pkey", "id"), table);
    }

    @Test
    void uniqueColumnsGetPostgresStyleNames() {
        Table table = read(source("Uniq", """
                @Entity public class Uniq {
                    @Id @Column(unique = true) Long id;
                    @Column(unique = true) String email;
                    @Column(unique = true, nullable = false, length = 30) String code;
                }
                """)).table("uniq");

        assertEquals(Table.table("uniq")
                .column(column("id", BIGINT).notNull())
                .column(column("email", varchar(255)))
                .column(column("code", varchar(30)).notNull())
                .primaryKey("uniq_pkey", "id")
                .unique("uniq_email_key", "email")
                .unique("uniq_code_key", "code"), table);
    }

    @Test
    void explicitColumnNamesAreFoldedUnlessQuoted() {
        // PostgreSQL folds only ASCII letters of unquoted names
        Table table = read(source("Names", """
                @Entity public class Names {
                    @Id Long id;
                    @Column(name = "MixedCaseName") String a;
                    @Column(name = "\\"QuotedMixed\\"") String b;
                    @Column(name = "`BacktickQuoted`") String c;
                    @Column(name = "explicit.dotted") String d;
                    @Column(name = "  padded  ") String e;
                    String ÄrgerÜber;
                }
                """)).table("names");

        assertEquals(List.of("id", "mixedcasename", "QuotedMixed", "BacktickQuoted", "explicit.dotted", "padded",
                "ÄrgerÜber"), table.columns().stream().map(Column::name).toList());
    }

    @Test
    void floatingPointPrecisionCountsDecimalDigits() {
        Table table = read(source("Floats", """
                @Entity public class Floats {
                    @Id Long id;
                    @Column(precision = 7) Double d7;
                    @Column(precision = 8) Double d8;
                    @Column(precision = 15) Double d15;
                    @Column(precision = 10) Float f10;
                    @Column(precision = 5) float f5;
                }
                """)).table("floats");

        assertEquals(List.of(REAL, DOUBLE_PRECISION, DOUBLE_PRECISION, DOUBLE_PRECISION, REAL),
                table.columns().subList(1, 6).stream().map(Column::type).toList());
        assertTrue(table.findColumn("f5").orElseThrow().nullable(), "a primitive with @Column is nullable");
    }

    @Test
    void temporalTypesTakeSecondPrecisionAndTemporal() {
        Table table = read(source("Times", """
                @Entity public class Times {
                    @Id Long id;
                    @Column(secondPrecision = 3) LocalDateTime ldt3;
                    @Column(secondPrecision = 0) Instant instant0;
                    @Column(secondPrecision = 3) LocalTime time3;
                    @Column(secondPrecision = 9) OffsetDateTime odt9;
                    @Column(precision = 3) LocalDateTime precisionIgnored;
                    @Temporal(TemporalType.DATE) java.util.Date utilDate;
                    @Temporal(TemporalType.TIME) java.util.Date utilTime;
                    @Temporal(TemporalType.TIMESTAMP) Calendar calendar;
                    java.sql.Date sqlDate;
                    java.sql.Time sqlTime;
                    java.sql.Timestamp sqlTimestamp;
                }
                """)).table("times");

        assertEquals(List.of(timestamp(3), timestamptz(0), time(3), timestamptz(6), timestamp(6), DATE, time(0),
                timestamp(6), DATE, time(0), timestamp(6)),
                table.columns().subList(1, 12).stream().map(Column::type).toList());
    }

    @Test
    void lobsAreLargeObjects() {
        Table table = read(source("Lobs", """
                @Entity public class Lobs {
                    @Id Long id;
                    @Lob String text;
                    @Lob byte[] data;
                    @Lob @Column(length = 100, nullable = false) String sized;
                }
                """)).table("lobs");

        assertEquals(Table.table("lobs")
                .column(column("id", BIGINT).notNull())
                .column(column("text", OID))
                .column(column("data", OID))
                .column(column("sized", OID).notNull())
                .primaryKey("lobs_pkey", "id"), table);
    }

    @Test
    void transientAndStaticFieldsHaveNoColumnButFinalFieldsDo() {
        Table table = read(source("Kept", """
                @Entity public class Kept {
                    @Id Long id;
                    transient String javaTransient;
                    @Transient String jpaTransient;
                    static String staticField;
                    final String finalField = "x";
                }
                """)).table("kept");

        assertEquals(List.of("id", "finalfield"), table.columns().stream().map(Column::name).toList());
    }

    @Test
    void versionsAreNotNullWhateverTheirType() {
        Table table = read(source("Versioned", """
                @Entity public class Versioned {
                    @Id Long id;
                    @Version @Column(name = "ver") Integer version;
                }
                """), source("Stamped", """
                @Entity public class Stamped {
                    @Id Long id;
                    @Version Instant version;
                }
                """)).table("versioned");

        assertEquals(column("ver", INTEGER).notNull(), table.findColumn("ver").orElseThrow());
    }

    @Test
    void enumsByOrdinalAreCheckedSmallints() {
        Table table = read(source("Color", "public enum Color { RED, GREEN, BLUE }"), source("Paint", """
                @Entity public class Paint {
                    @Id Long id;
                    Color plain;
                    @Enumerated(EnumType.ORDINAL) @Column(nullable = false) Color ordinal;
                }
                """)).table("paint");

        assertEquals(Table.table("paint")
                .column(column("id", BIGINT).notNull())
                .column(column("plain", SMALLINT))
                .column(column("ordinal", SMALLINT).notNull())
                .primaryKey("paint_pkey", "id")
                .check("paint_plain_check", "plain between 0 and 2")
                .check("paint_ordinal_check", "ordinal between 0 and 2"), table);
    }

    @Test
    void enumsByNameAreCheckedVarchars() {
        Table table = read(source("Color", "public enum Color { RED, GREEN, BLUE }"), source("Paint", """
                @Entity public class Paint {
                    @Id Long id;
                    @Enumerated(EnumType.STRING) Color byName;
                    @Enumerated(EnumType.STRING) @Column(length = 20, name = "\\"Shade\\"") Color shade;
                }
                """)).table("paint");

        assertEquals(Table.table("paint")
                .column(column("id", BIGINT).notNull())
                .column(column("byname", varchar(255)))
                .column(column("Shade", varchar(20)))
                .primaryKey("paint_pkey", "id")
                .check("paint_byname_check", "byname in ('RED','GREEN','BLUE')")
                .check("paint_Shade_check", "\"Shade\" in ('RED','GREEN','BLUE')"), table);
    }

    @Test
    void primitivesWithoutColumnAreNotNullUnderSpringNamingToo() {
        Table table = read(NamingStyle.SPRING, source("OrderLine", """
                @Entity public class OrderLine {
                    @Id Long id;
                    BigDecimal unitPrice;
                    int lineNumber;
                }
                """)).table("order_line");

        assertEquals(Table.table("order_line")
                .column(column("id", BIGINT).notNull())
                .column(column("unit_price", numeric(38, 2)))
                .column(column("line_number", INTEGER).notNull())
                .primaryKey("order_line_pkey", "id"), table);
    }
}
