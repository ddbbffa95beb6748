package dev.schemac.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Column types read back exactly as written, and anything unusual kept verbatim. */
class ColumnTypeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bigint|bigint|",
        "double precision|double precision|",
        "varchar(255)|varchar|255",
        "numeric(38,2)|numeric|38,2",
        "numeric( 12 , 3 )|numeric|12,3",
        "timestamptz(6)|timestamptz|6",
        "  time(0)  |time|0",
        "int4|int4|",
    })
    void readsNamesAndModifiers(String text, String name, String modifiers) {
        ColumnType type = ColumnType.parse(text);
        assertEquals(name, type.name());
        List<Integer> expected = modifiers == null ? List.of()
                : java.util.Arrays.stream(modifiers.split(",")).map(Integer::valueOf).toList();
        assertEquals(expected, type.modifiers());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "VARCHAR(10)",
        "varchar(10) collate \"C\"",
        "timestamp(6) with time zone",
        "numeric(1,2,3)",
        "varchar(x)",
        "double  precision",
        "int[]",
        "9lives",
    })
    void keepsAnythingElseVerbatim(String text) {
        ColumnType type = ColumnType.parse(text);
        assertEquals(text.strip(), type.name());
        assertEquals(List.of(), type.modifiers());
        assertEquals(text.strip(), type.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"bigint", "varchar(255)", "numeric(38,2)", "timestamptz(6)", "double precision"})
    void roundTrips(String text) {
        assertEquals(text, ColumnType.parse(text).toString());
    }
}
