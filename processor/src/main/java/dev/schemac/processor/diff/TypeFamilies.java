package dev.schemac.processor.diff;

import dev.schemac.schema.ColumnType;
import java.util.Map;
import java.util.Set;

/**
 * What the diff needs to know about PostgreSQL types: the value a Java primitive reads for a new NOT NULL column,
 * and which type changes PostgreSQL converts by itself (an assignment cast exists), needing no {@code USING}.
 */
final class TypeFamilies {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int2", "smallint"), Map.entry("int", "integer"), Map.entry("int4", "integer"),
            Map.entry("int8", "bigint"), Map.entry("float4", "real"), Map.entry("float8", "double precision"),
            Map.entry("character varying", "varchar"), Map.entry("character", "char"), Map.entry("bpchar", "char"),
            Map.entry("decimal", "numeric"), Map.entry("bool", "boolean"),
            Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("time with time zone", "timetz"), Map.entry("time without time zone", "time"));
    private static final Set<String> NUMBERS = Set.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision");
    private static final Set<String> STRINGS = Set.of("varchar", "text", "char");
    private static final Set<String> DATES = Set.of("date", "timestamp", "timestamptz");
    private static final Set<String> TIMES = Set.of("time", "timetz");

    private TypeFamilies() {
    }

    /** The SQL for the value a Java primitive of this type reads by default, or {@code null} when there is none. */
    static String zero(ColumnType type) {
        String name = canonical(type);
        if (NUMBERS.contains(name)) {
            return "0";
        }
        return name.equals("boolean") ? "false" : null;
    }

    /**
     * Whether PostgreSQL changes a column from one type to the other without a {@code USING} expression: within
     * the numbers, the dates and the times, and to a string type from anything (through the type's text form).
     */
    static boolean convertsImplicitly(ColumnType from, ColumnType to) {
        String a = canonical(from);
        String b = canonical(to);
        return a.equals(b) || STRINGS.contains(b) || NUMBERS.contains(a) && NUMBERS.contains(b)
                || DATES.contains(a) && DATES.contains(b) || TIMES.contains(a) && TIMES.contains(b);
    }

    private static String canonical(ColumnType type) {
        return ALIASES.getOrDefault(type.name(), type.name());
    }
}
