package dev.schemac.processor.diff;

import dev.schemac.processor.snapshot.Snapshot;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Table;
import java.util.Map;

/**
 * Compares the snapshot with the entities' schema. Pure: no compiler, no database. schemac never drops data by
 * itself: what the entities no longer map is kept (see {@link NextSchema}), and the migration takes the database
 * from the snapshot to that next schema.
 */
public final class SchemaDiff {
    private SchemaDiff() {
    }

    public static DiffResult compare(Snapshot before, SchemaModel after) {
        SchemaModel old = before.schema();
        NextSchema next = NextSchema.plan(old, after);
        OperationPlan plan = new OperationPlan();
        ChangeLog changes = new ChangeLog();
        KeyDependencies keys = new KeyDependencies();
        Map<QualifiedName, Table> oldTables = Names.tables(old.tables());
        for (Table table : next.schema().tables()) {
            Table was = oldTables.get(table.name());
            if (was == null) {
                TableCreation.create(table, plan, changes);
                continue;
            }
            if (next.retainedTables().contains(table.name())) {
                changes.tableRetained(table.name());
            }
            ColumnDiff.compare(was, table, next.retainedColumns(table.name()), plan, changes);
            ConstraintDiff.compare(was, table, plan, changes, keys);
        }
        keys.rebuild(plan);
        SequenceDiff.compare(old, next, plan, changes);
        SequenceDiff.createSchemas(old, next.schema(), plan);
        return new DiffResult(plan.up(), plan.down(), changes.changes(), new Snapshot(next.schema()),
                changes.backfills());
    }
}
