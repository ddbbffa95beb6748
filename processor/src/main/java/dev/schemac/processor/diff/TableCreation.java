package dev.schemac.processor.diff;

import dev.schemac.operation.AddForeignKey;
import dev.schemac.operation.CreateIndex;
import dev.schemac.operation.CreateTable;
import dev.schemac.operation.DropConstraint;
import dev.schemac.operation.DropTable;
import dev.schemac.schema.ForeignKey;
import dev.schemac.schema.Index;
import dev.schemac.schema.Table;
import java.util.List;

/**
 * Creates a new table in three steps: the table with its columns, primary key, uniques and checks; then its
 * indexes; then, once every table exists, its foreign keys. Undone by dropping it, which the runtime refuses until
 * a person approves the loss of its rows.
 */
final class TableCreation {
    private TableCreation() {
    }

    static void create(Table table, OperationPlan plan, ChangeLog changes) {
        changes.tableAdded(table.name());
        Table bare = table.withForeignKeys(List.of()).withIndexes(List.of());
        plan.add(Phase.CREATE_TABLE, new CreateTable(bare), new DropTable(table.name(), null));
        for (Index index : table.indexes()) {
            // Dropping the table drops its indexes.
            plan.add(Phase.CREATE_INDEX, List.of(new CreateIndex(table.name(), index)), List.of());
        }
        for (ForeignKey key : table.foreignKeys()) {
            // Dropped before the tables, since another new table may be the one it references.
            plan.add(Phase.ADD_FOREIGN_KEY, new AddForeignKey(table.name(), key),
                    new DropConstraint(table.name(), key.name()));
        }
    }
}
