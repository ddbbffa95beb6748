package dev.schemac.internal.migrate;

import dev.schemac.ErrorCode;
import dev.schemac.Migration;
import dev.schemac.SchemaChanges;
import dev.schemac.SchemacException;
import dev.schemac.internal.index.IndexEntry;
import dev.schemac.operation.Operation;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * A migration ready to run: its class loaded, its operations described, checked for unapproved (or forbidden)
 * data loss and planned, all before any of its statements runs.
 *
 * @param entry the migration's index entry
 * @param plan how its operations run
 */
record PendingMigration(IndexEntry entry, ExecutionPlan plan) {
    static PendingMigration prepare(IndexEntry entry, ClassLoader loader, ExecutionPlanner planner,
            boolean forbidDestructive) {
        List<Operation> operations = operations(entry, loader);
        DataLossCheck.requireApproved(entry, operations);
        if (forbidDestructive) {
            DataLossCheck.requireNoneDestructive(entry, operations);
        }
        return new PendingMigration(entry, planner.plan(operations));
    }

    /** The operations of a migration's class, as its {@code up} describes them. */
    static List<Operation> operations(IndexEntry entry, ClassLoader loader) {
        return describe(instantiate(entry, loader), entry);
    }

    static Migration instantiate(IndexEntry entry, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(entry.className(), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw invalid(entry, "cannot be loaded (" + e + "). The index lists a class the classpath does not "
                    + "have: rebuild the application so that the index and the classes match", e);
        }
        if (!Migration.class.isAssignableFrom(type)) {
            throw invalid(entry, "does not implement " + Migration.class.getName(), null);
        }
        try {
            return (Migration) type.getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw invalid(entry, "must be public and have a public no-argument constructor", e);
        } catch (InstantiationException e) {
            throw invalid(entry, "is abstract", e);
        } catch (InvocationTargetException e) {
            throw invalid(entry, "threw from its constructor: " + e.getCause(), e.getCause());
        } catch (LinkageError e) {
            throw invalid(entry, "cannot be initialised (" + e + ")", e);
        }
    }

    private static List<Operation> describe(Migration migration, IndexEntry entry) {
        SchemaChanges changes = new SchemaChanges();
        try {
            migration.up(changes);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // An Error too, e.g. an AssertionError in the migration's own checks: it is still that class's fault.
            throw invalid(entry, "threw from up(): " + e, e);
        }
        return changes.operations();
    }

    private static SchemacException invalid(IndexEntry entry, String problem, Throwable cause) {
        return new SchemacException(ErrorCode.MIGRATION_CLASS_INVALID, "the class of " + MigrationLabel.of(entry)
                + " " + problem + ". Nothing of it ran.", cause);
    }
}
