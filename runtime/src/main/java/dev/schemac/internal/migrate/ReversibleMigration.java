package dev.schemac.internal.migrate;

import dev.schemac.ErrorCode;
import dev.schemac.Migration;
import dev.schemac.SchemaChanges;
import dev.schemac.SchemacException;
import dev.schemac.internal.index.IndexEntry;
import dev.schemac.operation.Operation;
import java.util.List;

/**
 * An applied migration ready to be rolled back: its class loaded, its {@code down} described, checked for
 * unapproved (or forbidden) data loss like an {@code up}, and planned, all before any down statement runs.
 *
 * <p>Downs are planned offline, every statement in the one transaction that also deletes the history row: a down
 * with steps after its commit could fail half-way and leave a migration neither applied nor rolled back, which no
 * history row could describe.
 *
 * @param entry the migration's index entry
 * @param plan how its down runs, every statement in one transaction
 */
record ReversibleMigration(IndexEntry entry, ExecutionPlan plan) {
    static ReversibleMigration prepare(IndexEntry entry, ClassLoader loader, boolean forbidDestructive) {
        List<Operation> operations = describeDown(PendingMigration.instantiate(entry, loader), entry);
        try {
            DataLossCheck.requireApproved(entry, operations);
            if (forbidDestructive) {
                DataLossCheck.requireNoneDestructive(entry, operations);
            }
        } catch (SchemacException e) {
            throw new SchemacException(e.code(), "Rollback refused, nothing was rolled back: the down() of "
                    + e.getMessage().substring(e.code().name().length() + 2), e);
        }
        return new ReversibleMigration(entry, new ExecutionPlanner(false).plan(operations));
    }

    private static List<Operation> describeDown(Migration migration, IndexEntry entry) {
        if (!declaresDown(migration.getClass())) {
            throw new SchemacException(ErrorCode.DOWN_MISSING, MigrationLabel.of(entry) + " has no down(), so it "
                    + "cannot be rolled back. Nothing was rolled back. Roll back to this migration's version or a "
                    + "newer one, or undo it with a new migration that changes the schema forward.");
        }
        SchemaChanges changes = new SchemaChanges();
        try {
            migration.down(changes);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            throw new SchemacException(ErrorCode.MIGRATION_CLASS_INVALID, "the class of " + MigrationLabel.of(entry)
                    + " threw from down(): " + e + ". Nothing was rolled back; fix the class named.", e);
        }
        return changes.operations();
    }

    /** Whether the class, or a superclass other than the interface's default, implements {@code down}. */
    private static boolean declaresDown(Class<?> type) {
        try {
            return type.getMethod("down", SchemaChanges.class).getDeclaringClass() != Migration.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
