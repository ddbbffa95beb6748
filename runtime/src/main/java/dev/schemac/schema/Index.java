package dev.schemac.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An index on a table; it lives in its table's schema.
 *
 * @param name the index name
 * @param columns the indexed columns in order
 * @param unique whether it is a unique index
 */
public record Index(String name, List<IndexColumn> columns, boolean unique) {
    public Index {
        Objects.requireNonNull(name, "name");
        columns = Constraints.nonEmpty(columns, "index " + name);
    }

    /** An index over columns written as {@code "col"} or {@code "col desc"}. */
    public static Index index(String name, String... columns) {
        return new Index(name, Arrays.stream(columns).map(IndexColumn::parse).toList(), false);
    }

    /** A unique index over columns written as {@code "col"} or {@code "col desc"}. */
    public static Index uniqueIndex(String name, String... columns) {
        return new Index(name, Arrays.stream(columns).map(IndexColumn::parse).toList(), true);
    }
}
