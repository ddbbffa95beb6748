package dev.schemac.processor.diff;

import dev.schemac.processor.snapshot.Snapshot;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Table;
import java.util.ArrayList;
import java.util.List;
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
        return compare(before, after, Decisions.NONE);
    }

    /**
     * Compares with the people's decisions applied: renames first, so that the rest compares the renamed snapshot
     * with the entities, then the decided drops.
     */
    public static DiffResult compare(Snapshot before, SchemaModel after, Decisions decisions) {
        OperationPlan plan = new OperationPlan();
        ChangeLog changes = new ChangeLog();
        List<Advice> advice = new ArrayList<>();
        SchemaModel old = Renames.apply(before.schema(), after, decisions, plan, changes, advice);
        NextSchema next = NextSchema.plan(old, after, decisions);
        Drops.plan(old, after, decisions, plan, changes, advice);
        LikelyRenames.find(old, after, next, advice);
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
            ColumnDiff.compare(was, table, next.retainedColumns(table.name()), plan, changes, decisions.backfills());
            ConstraintDiff.compare(was, table, plan, changes, keys);
        }
        keys.rebuild(plan);
        SequenceDiff.compare(old, next, plan, changes);
        SequenceDiff.createSchemas(old, next.schema(), plan);
        return new DiffResult(plan.up(), plan.down(), changes.changes(), new Snapshot(next.schema()),
                changes.backfills(), advice);
    }
}
