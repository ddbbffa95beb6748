package dev.schemac.operation;

import dev.schemac.schema.Index;
import dev.schemac.schema.QualifiedName;
import java.util.Objects;

/** Creates an index on a table. */
public record CreateIndex(QualifiedName table, Index index) implements Operation {
    public CreateIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "create index " + index.name() + " on " + table;
    }
}
