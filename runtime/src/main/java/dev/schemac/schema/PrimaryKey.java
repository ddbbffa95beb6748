package dev.schemac.schema;

import java.util.List;
import java.util.Objects;

/** A table's primary key constraint. */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        Objects.requireNonNull(name, "name");
        columns = Constraints.nonEmpty(columns, "primary key " + name);
    }
}
