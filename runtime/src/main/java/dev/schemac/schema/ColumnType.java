package dev.schemac.schema;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL column type: a type name and its modifiers, e.g. {@code varchar(255)} or {@code numeric(38,2)}.
 * A type that is not of that form (a verbatim {@code columnDefinition}) is kept whole in {@link #name}.
 *
 * @param name the type name in lower case, e.g. {@code timestamptz}, {@code double precision}
 * @param modifiers length, precision and scale in the order PostgreSQL writes them
 */
public record ColumnType(String name, List<Integer> modifiers) {
    private static final Pattern SIMPLE = Pattern.compile("([a-z][a-z0-9 ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?");

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

    /** Reads the form {@link #toString} writes; anything else is kept verbatim as the name. */
    public static ColumnType parse(String text) {
        String trimmed = text.strip();
        Matcher m = SIMPLE.matcher(trimmed);
        if (!m.matches()) {
            return of(trimmed);
        }
        if (m.group(2) == null) {
            return of(m.group(1));
        }
        if (m.group(3) == null) {
            return new ColumnType(m.group(1), List.of(Integer.parseInt(m.group(2))));
        }
        return new ColumnType(m.group(1), List.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
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
