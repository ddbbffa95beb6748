package dev.schemac.operation;

import dev.schemac.schema.ColumnType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Decides whether changing a column from one type to another keeps every possible value. */
final class TypeWidening {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int2", "smallint"), Map.entry("int", "integer"), Map.entry("int4", "integer"),
            Map.entry("int8", "bigint"), Map.entry("float4", "real"), Map.entry("float8", "double precision"),
            Map.entry("character varying", "varchar"), Map.entry("character", "char"), Map.entry("bpchar", "char"),
            Map.entry("decimal", "numeric"), Map.entry("bool", "boolean"),
            Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("time with time zone", "timetz"), Map.entry("time without time zone", "time"));
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    /** Decimal digits each integer type can hold, in the order of {@link #INTEGERS}. */
    private static final int[] INTEGER_DIGITS = {5, 10, 19};
    private static final List<String> TIMES = List.of("time", "timetz", "timestamp", "timestamptz");
    private static final int DEFAULT_TIME_PRECISION = 6;

    private TypeWidening() {
    }

    static boolean isLossless(ColumnType originalFrom, ColumnType originalTo) {
        ColumnType from = lowerCase(originalFrom);
        ColumnType to = lowerCase(originalTo);
        String a = canonical(from.name());
        String b = canonical(to.name());
        if (a.equals(b) && from.modifiers().equals(to.modifiers())) {
            return true;
        }
        if (INTEGERS.contains(a)) {
            return integerTo(INTEGERS.indexOf(a), b, to);
        }
        if (a.equals("numeric")) {
            return numericTo(from, b, to);
        }
        if (a.equals("real")) {
            return b.equals("double precision");
        }
        if (a.equals("varchar")) {
            return b.equals("text") || b.equals("varchar") && (to.size() < 0 || from.size() >= 0 && to.size() >= from.size());
        }
        if (a.equals("char")) {
            return b.equals("char") && charLength(to) >= charLength(from);
        }
        if (a.equals("text")) {
            return b.equals("varchar") && to.size() < 0;
        }
        if (TIMES.contains(a) && a.equals(b)) {
            return precision(to) >= precision(from);
        }
        return false;
    }

    /**
     * Whether PostgreSQL makes the change in the catalog only, without rewriting the table or its indexes: the same
     * type, a longer or unbounded {@code varchar}, {@code varchar} to {@code text} and back without a length, or
     * more {@code numeric} precision at the same scale.
     */
    static boolean isCatalogOnly(ColumnType originalFrom, ColumnType originalTo) {
        ColumnType from = lowerCase(originalFrom);
        ColumnType to = lowerCase(originalTo);
        String a = canonical(from.name());
        String b = canonical(to.name());
        if (a.equals(b) && from.modifiers().equals(to.modifiers())) {
            return true;
        }
        if (a.equals("varchar") || a.equals("text")) {
            return isLossless(from, to) && (b.equals("varchar") || b.equals("text"));
        }
        if (a.equals("numeric") && b.equals("numeric")) {
            return to.size() < 0 || from.size() >= 0 && Math.max(from.scale(), 0) == Math.max(to.scale(), 0)
                    && to.size() >= from.size();
        }
        return false;
    }

    private static boolean integerTo(int fromIndex, String b, ColumnType to) {
        if (INTEGERS.contains(b)) {
            return INTEGERS.indexOf(b) >= fromIndex;
        }
        if (b.equals("numeric")) {
            return to.size() < 0 || to.size() - Math.max(to.scale(), 0) >= INTEGER_DIGITS[fromIndex];
        }
        // A double holds every integer up to 2^53, a real every one up to 2^24.
        return b.equals("double precision") && fromIndex <= 1 || b.equals("real") && fromIndex == 0;
    }

    private static boolean numericTo(ColumnType from, String b, ColumnType to) {
        if (!b.equals("numeric")) {
            return false;
        }
        if (to.size() < 0) {
            return true;
        }
        if (from.size() < 0) {
            return false;
        }
        int fromScale = Math.max(from.scale(), 0);
        int toScale = Math.max(to.scale(), 0);
        return toScale >= fromScale && to.size() - toScale >= from.size() - fromScale;
    }

    /** {@code char} without a length is {@code char(1)}. */
    private static int charLength(ColumnType type) {
        return type.size() < 0 ? 1 : type.size();
    }

    /**
     * A verbatim definition such as {@code VARCHAR(10)} (JPA's columnDefinition) read as the type it names. Not
     * when it quotes a name: there case matters.
     */
    private static ColumnType lowerCase(ColumnType type) {
        String text = type.toString();
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.equals(text) || text.indexOf('"') >= 0 ? type : ColumnType.parse(lower);
    }

    private static int precision(ColumnType type) {
        return type.size() < 0 ? DEFAULT_TIME_PRECISION : type.size();
    }

    private static String canonical(String name) {
        return ALIASES.getOrDefault(name, name);
    }
}
