package dev.schemac.processor.read;

import dev.schemac.schema.ColumnType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The order in which Hibernate 7 lists the columns of a primary key of several columns (its default {@code
 * ColumnOrderingStrategyStandard}): by physical size in bytes, at least 4, then whether that size is above 2048,
 * then by the column's name as Hibernate holds it (case-sensitive). A foreign key to such a key lists its columns in
 * the same order; so does the primary key of a collection table. An explicit {@code @JoinColumn} does not carry the
 * length of the column it refers to at that point, so Hibernate sizes it as a {@code varchar(255)}: see
 * {@link #bytes(ColumnType, boolean)}.
 */
final class KeyOrder {
    /** PostgreSQL's longest varchar, which Hibernate takes as the size of a {@code varchar(255)}. */
    private static final int MAX_VARCHAR = 10_485_760;
    private static final double DECIMAL_DIGITS_PER_BYTE = Math.log(10) / Math.log(2) * 8;

    private KeyOrder() {
    }

    /**
     * The items sorted as Hibernate sorts their columns.
     *
     * @param bytes the physical size of an item's column, see {@link #bytes(ColumnType, boolean)}
     * @param name the physical name of an item's column, unquoted
     */
    static <T> List<T> sorted(List<T> items, Function<T, Integer> bytes, Function<T, String> name) {
        List<T> result = new ArrayList<>(items);
        result.sort(Comparator.<T>comparingInt(item -> Math.max(bytes.apply(item), 4))
                .thenComparing(item -> bytes.apply(item) > 2048)
                .thenComparing(name));
        return result;
    }

    /**
     * Hibernate's physical size of a column of this type; of an explicit join column, whose length Hibernate does
     * not know when it orders the columns, that of a {@code varchar(255)} for a character type.
     */
    static int bytes(ColumnType type, boolean explicitJoinColumn) {
        boolean sized = type.name().equals("varchar") || type.name().equals("char");
        return explicitJoinColumn && sized ? MAX_VARCHAR : bytes(type);
    }

    /** Hibernate's physical size in bytes of a column of this type. */
    static int bytes(ColumnType type) {
        return switch (type.name()) {
            case "boolean" -> 1;
            case "smallint" -> 2;
            case "integer", "real", "date", "time", "timetz" -> 4;
            case "bigint", "double precision", "timestamp", "timestamptz", "interval" -> 8;
            case "uuid" -> 16;
            case "inet" -> 19;
            case "numeric" -> (int) Math.ceil((type.size() < 0 ? 38 : type.size()) / DECIMAL_DIGITS_PER_BYTE);
            case "float" -> type.size() < 0 ? 4 : (int) Math.ceil(type.size() / DECIMAL_DIGITS_PER_BYTE);
            case "varchar", "char" -> type.size() < 0 || type.size() == ColumnSpec.DEFAULT_LENGTH ? MAX_VARCHAR
                    : type.size();
            case "text", "bytea" -> MAX_VARCHAR;
            default -> Integer.MAX_VALUE;
        };
    }
}
