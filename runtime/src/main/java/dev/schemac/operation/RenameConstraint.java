package dev.schemac.operation;

import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/** Renames a constraint of a table (primary key, unique, check or foreign key); what it enforces stays. */
public record RenameConstraint(QualifiedName table, String name, String to) implements Operation {
    public RenameConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Names.requireName(to);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "rename constraint " + name + " on " + table + " to " + to;
    }
}
