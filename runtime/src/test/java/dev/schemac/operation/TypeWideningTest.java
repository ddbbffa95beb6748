package dev.schemac.operation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.schema.ColumnType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which column type changes keep every value. */
class TypeWideningTest {
    @ParameterizedTest(name = "{0} -> {1} keeps every value")
    @CsvSource(delimiter = '>', value = {
        "integer > integer",
        "int4 > integer",
        "character varying(10) > varchar(10)",
        "smallint > integer",
        "smallint > bigint",
        "integer > bigint",
        "int2 > int8",
        "smallint > numeric(5)",
        "integer > numeric(10,0)",
        "integer > numeric(12,2)",
        "bigint > numeric(19)",
        "bigint > numeric",
        "smallint > real",
        "integer > double precision",
        "real > double precision",
        "float4 > float8",
        "numeric(10,2) > numeric(12,2)",
        "numeric(10,2) > numeric(12,4)",
        "numeric(10,2) > numeric(11,3)",
        "numeric(10) > numeric(10,0)",
        "numeric(10,2) > numeric",
        "varchar(10) > varchar(20)",
        "varchar(10) > varchar",
        "varchar(10) > text",
        "varchar > text",
        "text > varchar",
        "char(3) > char(5)",
        "char > char(1)",
        "char(1) > char",
        "bpchar(2) > character(4)",
        "timestamp(3) > timestamp(6)",
        "timestamp(3) > timestamp",
        "timestamp > timestamp(6)",
        "timestamp with time zone > timestamptz(6)",
        "time(0) > time(3)",
        "BIGINT > numeric",
        "VARCHAR(10) > text",
    })
    void widens(String from, String to) {
        assertTrue(TypeWidening.isLossless(ColumnType.parse(from), ColumnType.parse(to)));
    }

    @ParameterizedTest(name = "{0} -> {1} can lose values")
    @CsvSource(delimiter = '>', value = {
        "bigint > integer",
        "integer > smallint",
        "integer > numeric(9)",
        "integer > numeric(10,1)",
        "bigint > numeric(18)",
        "integer > real",
        "bigint > double precision",
        "double precision > real",
        "double precision > numeric",
        "numeric > numeric(20,2)",
        "numeric(12,2) > numeric(10,2)",
        "numeric(10,4) > numeric(10,2)",
        "numeric(10,2) > numeric(10,3)",
        "numeric(10,2) > integer",
        "numeric(10,2) > double precision",
        "varchar(20) > varchar(10)",
        "varchar > varchar(10)",
        "text > varchar(255)",
        "varchar(10) > char(10)",
        "char(5) > char(3)",
        "char(2) > char",
        "char(5) > varchar(5)",
        "timestamp(6) > timestamp(3)",
        "timestamp > timestamp(0)",
        "timestamptz > timestamp",
        "timestamp > timestamptz",
        "time > timetz",
        "timestamp > date",
        "text > integer",
        "integer > text",
        "boolean > integer",
        "uuid > text",
        "jsonb > json",
        "bit(3) > bit(5)",
    })
    void narrowsOrConverts(String from, String to) {
        assertFalse(TypeWidening.isLossless(ColumnType.parse(from), ColumnType.parse(to)));
    }
}
