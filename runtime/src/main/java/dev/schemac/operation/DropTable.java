package dev.schemac.operation;

import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/** Drops a table and every row in it: destructive. */
public record DropTable(QualifiedName table, Approval approval) implements Operation {
    public DropTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Risk risk() {
        return Risk.DESTRUCTIVE;
    }

    @Override
    public String describe() {
        return "drop table " + table;
    }
}
