package dev.schemac.processor.read;

import dev.schemac.schema.ColumnType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The column order Hibernate 7 gives a primary key of several columns (its standard column ordering strategy):
 * by physical size in bytes, at least 4, then whether that size is above 2048, then by the column name as Hibernate
 * holds it (case-sensitive, before PostgreSQL folds it). A {@code varchar} of the default length 255 counts as
 * PostgreSQL's longest.
 */
final class PrimaryKeyOrder {
    private static final int MAX_VARCHAR = 10_485_760;
    /** Bits per decimal digit, times 8: Hibernate's conversion of a decimal precision to bytes. */
    private static final double DECIMAL_DIGITS_PER_BYTE = Math.log(10) / Math.log(2) * 8;

    private PrimaryKeyOrder() {
    }

    /**
     * Sorts the columns.
     *
     * @param types each column's type, by catalog name
     * @param names each column's name as Hibernate holds it, by catalog name; a column missing here is compared by
     *     its catalog name
     */
    static List<String> sort(List<String> columns, Map<String, ColumnType> types, Map<String, String> names) {
        List<String> sorted = new ArrayList<>(columns);
        Comparator<String> order = Comparator.<String>comparingInt(c -> Math.max(bytes(types.get(c)), 4))
                .thenComparing(c -> bytes(types.get(c)) > 2048)
                .thenComparing(c -> names.getOrDefault(c, c));
        sorted.sort(order);
        return sorted;
    }

    static int bytes(ColumnType type) {
        return switch (type.name()) {
            case "boolean" -> 1;
            case "smallint" -> 2;
            case "integer", "real", "date", "time", "timetz" -> 4;
            case "bigint", "double precision", "timestamp", "timestamptz" -> 8;
            case "uuid" -> 16;
            case "numeric" -> (int) Math.ceil(type.size() / DECIMAL_DIGITS_PER_BYTE);
            case "varchar", "char" -> type.size() == ColumnSpec.DEFAULT_LENGTH ? MAX_VARCHAR : type.size();
            case "text", "bytea" -> MAX_VARCHAR;
            default -> Integer.MAX_VALUE;
        };
    }
}
