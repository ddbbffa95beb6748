package dev.schemac.schema;

import java.util.Locale;
import java.util.Objects;

/** One column of an index and its sort direction. */
public record IndexColumn(String name, boolean descending) {
    public IndexColumn {
        Objects.requireNonNull(name, "name");
    }

    /** Reads {@code "col"}, {@code "col asc"} or {@code "col desc"}. */
    public static IndexColumn parse(String text) {
        String trimmed = text.strip();
        int space = trimmed.lastIndexOf(' ');
        if (space > 0) {
            String direction = trimmed.substring(space + 1).toLowerCase(Locale.ROOT);
            String column = trimmed.substring(0, space).strip();
            if (direction.equals("desc")) {
                return new IndexColumn(column, true);
            }
            if (direction.equals("asc")) {
                return new IndexColumn(column, false);
            }
        }
        return new IndexColumn(trimmed, false);
    }

    /** {@code "col"} or {@code "col desc"}: the form {@link #parse} reads. */
    @Override
    public String toString() {
        return descending ? name + " desc" : name;
    }
}
