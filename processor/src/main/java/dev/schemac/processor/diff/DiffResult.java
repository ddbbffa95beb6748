package dev.schemac.processor.diff;

import dev.schemac.operation.Operation;
import dev.schemac.processor.snapshot.Snapshot;
import dev.schemac.schema.ColumnRef;
import java.util.List;

/**
 * The migration that takes the database from the old snapshot to the entities.
 *
 * @param up the operations in an order PostgreSQL accepts (tables before the foreign keys that reference them)
 * @param down the operations that undo {@code up}, in order
 * @param changes the differences, for diagnostics; also those that need no migration ({@link Change.Kind#RETAINED})
 * @param next the snapshot after the migration
 * @param backfills columns that {@code up} makes NOT NULL without knowing a value for the rows that already exist:
 *     the processor reports each ({@code backfill-missing}) and writes no migration
 * @param advice what the diff noticed about the people's decisions, and renames it suspects
 */
public record DiffResult(List<Operation> up, List<Operation> down, List<Change> changes, Snapshot next,
        List<ColumnRef> backfills, List<Advice> advice) {
    public DiffResult {
        up = List.copyOf(up);
        down = List.copyOf(down);
        changes = List.copyOf(changes);
        backfills = List.copyOf(backfills);
        advice = List.copyOf(advice);
    }

    /** A result without advice. */
    public DiffResult(List<Operation> up, List<Operation> down, List<Change> changes, Snapshot next,
            List<ColumnRef> backfills) {
        this(up, down, changes, next, backfills, List.of());
    }

    /** Whether a migration is needed: the entities and the snapshot disagree. */
    public boolean needsMigration() {
        return !up.isEmpty();
    }
}
