package dev.schemac.processor.read;

import static dev.schemac.processor.read.ReadHarness.assertError;
import static dev.schemac.processor.read.ReadHarness.read;
import static dev.schemac.processor.read.ReadHarness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.schema.Column;
import dev.schemac.schema.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The types beyond the common ones, large objects and verbatim column definitions, as Hibernate 7 creates them on
 * PostgreSQL (verified with Hibernate 7.4 in the fidelity corpus {@code content}).
 */
class MoreTypesTest {
    static Map<String, String> columns(Table table) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            result.put(column.name(), column.type() + (column.nullable() ? "" : " not null")
                    + (column.defaultValue() == null ? "" : " default " + column.defaultValue()));
        }
        return result;
    }

    @Test
    void localeZoneCurrencyUrlAndCharacterArraysAreVarchars() {
        Table table = read(source("Kinds", """
                @Entity public class Kinds {
                    @Id Long id;
                    ZoneOffset zoneOffset; @Column(length = 10) ZoneOffset offset10;
                    Currency currency; @Column(length = 5) Currency currency5;
                    Locale locale; TimeZone zone; ZoneId zoneId; java.net.URL url; @Column(length = 50) char[] chars;
                    java.net.InetAddress address;
                }
                """)).table("kinds");
        assertEquals(Map.of("id", "bigint not null", "zoneoffset", "varchar(6)", "offset10", "varchar(10)",
                "currency", "varchar(3)", "currency5", "varchar(5)", "locale", "varchar(255)",
                "zone", "varchar(255)", "zoneid", "varchar(255)", "url", "varchar(255)", "chars", "varchar(50)"),
                without(columns(table), "address"));
        assertEquals("inet", columns(table).get("address"));
    }

    @Test
    void largeObjectsAreOids() {
        Table table = read(source("Lobs", """
                @Entity public class Lobs {
                    @Id Long id;
                    @Lob String text; @Lob byte[] bytes; @Lob char[] chars;
                    java.sql.Clob clob; java.sql.NClob nclob; java.sql.Blob blob; @Lob java.sql.Blob lobBlob;
                }
                """)).table("lobs");
        columns(table).forEach((name, type) -> assertEquals(name.equals("id") ? "bigint not null" : "oid", type,
                name));
    }

    @Test
    void aColumnDefinitionThatIsATypeIsTheType() {
        Table table = read(source("Defs", """
                @Entity public class Defs {
                    @Id Long id;
                    @Column(columnDefinition = "jsonb") String json;
                    @Column(columnDefinition = "NUMERIC(5, 1)", nullable = false) BigDecimal amount;
                    @Column(length = 20, columnDefinition = "varchar") String unbounded;
                    @Column(columnDefinition = "timestamp(3) with time zone") Instant at;
                    @Column(columnDefinition = "text[]") String tags;
                }
                """)).table("defs");
        assertEquals("jsonb", columns(table).get("json"));
        assertEquals("numeric(5,1) not null", columns(table).get("amount"));
        assertEquals("varchar", columns(table).get("unbounded"));
        assertEquals("timestamp(3) with time zone", columns(table).get("at"));
        assertEquals("text[]", columns(table).get("tags"));
    }

    @Test
    void aColumnDefinitionWithMoreThanATypeIsRefused() {
        assertError("Holder.text: @Column(columnDefinition = \"varchar(40) not null default 'x'\") is more than a"
                + " column type", source("Holder", """
                @Entity public class Holder {
                    @Id Long id;
                    @Column(columnDefinition = "varchar(40) not null default 'x'") String text;
                }
                """), "String text;");
    }

    @Test
    void wrapperArraysAreRefused() {
        assertError("the type java.lang.Byte[] of Holder.bytes is not supported", source("Holder", """
                @Entity public class Holder {
                    @Id Long id;
                    Byte[] bytes;
                }
                """), "Byte[] bytes;");
    }

    @Test
    void aSerializedTypeIsRefused() {
        // Hibernate would serialize these into bytea, which is rarely what is meant
        assertError("the type java.time.YearMonth of Holder.month is not supported", source("Holder", """
                @Entity public class Holder {
                    @Id Long id;
                    YearMonth month;
                }
                """), "YearMonth month;");
    }

    private static Map<String, String> without(Map<String, String> map, String key) {
        Map<String, String> copy = new LinkedHashMap<>(map);
        copy.remove(key);
        return copy;
    }
}
