package dev.schemac;

import dev.schemac.internal.migrate.ExecutionPlanner;
import dev.schemac.internal.migrate.MigrationSettings;
import dev.schemac.internal.script.MigrationScript;
import dev.schemac.operation.Operation;
import java.util.List;

/**
 * A migration's operations as the SQL script the runtime would run, each statement under a comment with its
 * classification, e.g. {@code -- [blocking-lock] change type of t.c from integer to bigint: rewrites ...}; first the
 * statements of the migration's transaction between {@code begin} and {@code commit}, then the online steps that run
 * after its commit, each on its own, with the runtime's default {@code lock_timeout}. For reviewing one migration;
 * {@code Schemac.script(...)} renders the same for whole sets of migrations, with the history table's rows that the
 * runtime records.
 */
public final class SqlScript {
    private SqlScript() {
    }

    /**
     * Renders a migration: the operations its {@code up} describes.
     *
     * @param migration the migration
     * @param online whether to render it as the runtime does in online mode (its default)
     * @return the script, every statement ending with {@code ;} and a line break
     */
    public static String render(Migration migration, boolean online) {
        SchemaChanges changes = new SchemaChanges();
        migration.up(changes);
        return render(changes.operations(), online);
    }

    /**
     * Renders a migration's operations.
     *
     * @param operations the operations, e.g. {@code SchemaChanges.operations()} after the migration's {@code up}
     * @param online whether to render them as the runtime does in online mode (its default)
     * @return the script, every statement ending with {@code ;} and a line break
     */
    public static String render(List<Operation> operations, boolean online) {
        return new MigrationScript(new ExecutionPlanner(online).plan(operations),
                MigrationSettings.defaults().lockTimeout()).plain(null);
    }
}
