package dev.schemac.operation;

import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/** Renames a column; its values stay. */
public record RenameColumn(QualifiedName table, String column, String to) implements Operation {
    public RenameColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Names.requireName(to);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "rename column " + table + "." + column + " to " + to;
    }
}
