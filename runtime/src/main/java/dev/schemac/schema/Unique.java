package dev.schemac.schema;

import java.util.List;
import java.util.Objects;

/** A unique constraint over one or more columns. */
public record Unique(String name, List<String> columns) {
    public Unique {
        Objects.requireNonNull(name, "name");
        columns = Constraints.nonEmpty(columns, "unique constraint " + name);
    }
}
