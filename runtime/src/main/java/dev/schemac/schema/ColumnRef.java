package dev.schemac.schema;

import java.util.Comparator;
import java.util.Objects;

/** A column of a table, by name. */
public record ColumnRef(QualifiedName table, String column) implements Comparable<ColumnRef> {
    private static final Comparator<ColumnRef> ORDER = Comparator.comparing(ColumnRef::table)
            .thenComparing(ColumnRef::column);

    public ColumnRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public int compareTo(ColumnRef other) {
        return ORDER.compare(this, other);
    }

    /** {@code table.column} or {@code schema.table.column}. */
    @Override
    public String toString() {
        return table + "." + column;
    }
}
