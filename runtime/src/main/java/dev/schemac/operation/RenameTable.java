package dev.schemac.operation;

import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/** Renames a table in its schema; its rows, columns and constraints stay as they are. */
public record RenameTable(QualifiedName table, String to) implements Operation {
    public RenameTable {
        Objects.requireNonNull(table, "table");
        Names.requireName(to);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "rename table " + table + " to " + to;
    }
}
