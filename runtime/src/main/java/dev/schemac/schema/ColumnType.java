package dev.schemac.schema;

import dev.schemac.internal.sql.SingleExpression;
import java.util.List;
import java.util.Objects;

/**
 * A PostgreSQL column type: a type name and its modifiers, e.g. {@code varchar(255)} or {@code numeric(38,2)}.
 * A type that is not of that form (a verbatim {@code columnDefinition}) is kept whole in {@link #name}.
 *
 * @param name the type name in lower case, e.g. {@code timestamptz}, {@code double precision}
 * @param modifiers length, precision and scale in the order PostgreSQL writes them
 */
public record ColumnType(String name, List<Integer> modifiers) {
    public static final ColumnType BOOLEAN = of("boolean");
    public static final ColumnType SMALLINT = of("smallint");
    public static final ColumnType INTEGER = of("integer");
    public static final ColumnType BIGINT = of("bigint");
    public static final ColumnType REAL = of("real");
    public static final ColumnType DOUBLE_PRECISION = of("double precision");
    public static final ColumnType TEXT = of("text");
    public static final ColumnType DATE = of("date");
    public static final ColumnType UUID = of("uuid");
    public static final ColumnType BYTEA = of("bytea");
    public static final ColumnType OID = of("oid");
    public static final ColumnType JSONB = of("jsonb");

    public ColumnType {
        Objects.requireNonNull(name, "name");
        modifiers = List.copyOf(modifiers);
        if (name.isBlank()) {
            throw new IllegalArgumentException("empty type name");
        }
        SingleExpression.require("a column type", name);
    }

    /** A type without modifiers, or a verbatim type definition. */
    public static ColumnType of(String name) {
        return new ColumnType(name, List.of());
    }

    public static ColumnType varchar(int length) {
        return new ColumnType("varchar", List.of(length));
    }

    /** Fixed-length, blank-padded {@code char(n)}. */
    public static ColumnType character(int length) {
        return new ColumnType("char", List.of(length));
    }

    public static ColumnType numeric(int precision, int scale) {
        return new ColumnType("numeric", List.of(precision, scale));
    }

    public static ColumnType time(int precision) {
        return new ColumnType("time", List.of(precision));
    }

    /** {@code time with time zone}. */
    public static ColumnType timetz(int precision) {
        return new ColumnType("timetz", List.of(precision));
    }

    public static ColumnType timestamp(int precision) {
        return new ColumnType("timestamp", List.of(precision));
    }

    /** {@code timestamp with time zone}. */
    public static ColumnType timestamptz(int precision) {
        return new ColumnType("timestamptz", List.of(precision));
    }

    /** A type given verbatim, e.g. from {@code @Column(columnDefinition = ...)}. */
    public static ColumnType sql(String definition) {
        return parse(definition);
    }

    /**
     * Reads the form {@link #toString} writes, {@code name} or {@code name(m)} or {@code name(m,n)}, where the name
     * is lower-case letters, digits and single spaces starting with a letter; anything else is kept verbatim as the
     * name. Hand-written rather than a regular expression: a snapshot has thousands of these to read.
     */
    public static ColumnType parse(String text) {
        String t = text.strip();
        int open = t.indexOf('(');
        String name = (open < 0 ? t : t.substring(0, open)).stripTrailing();
        if (!isTypeName(name)) {
            return of(t);
        }
        if (open < 0) {
            return of(name);
        }
        if (!t.endsWith(")")) {
            return of(t);
        }
        String inside = t.substring(open + 1, t.length() - 1);
        int comma = inside.indexOf(',');
        Integer first = number(comma < 0 ? inside : inside.substring(0, comma));
        Integer second = comma < 0 ? null : number(inside.substring(comma + 1));
        if (first == null || comma >= 0 && second == null) {
            return of(t);
        }
        return new ColumnType(name, second == null ? List.of(first) : List.of(first, second));
    }

    private static boolean isTypeName(String name) {
        if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' && name.charAt(i - 1) != ' ';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The digits as a number, surrounding whitespace allowed, or null. */
    private static Integer number(String text) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 9) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(digits);
    }

    /** The first modifier (length or precision), or {@code -1} when there is none. */
    public int size() {
        return modifiers.isEmpty() ? -1 : modifiers.get(0);
    }

    /** The second modifier (scale), or {@code -1} when there is none. */
    public int scale() {
        return modifiers.size() < 2 ? -1 : modifiers.get(1);
    }

    /** The type as SQL, e.g. {@code numeric(38,2)}. */
    @Override
    public String toString() {
        if (modifiers.isEmpty()) {
            return name;
        }
        StringBuilder sql = new StringBuilder(name).append('(');
        for (int i = 0; i < modifiers.size(); i++) {
            sql.append(i == 0 ? "" : ",").append(modifiers.get(i));
        }
        return sql.append(')').toString();
    }
}
