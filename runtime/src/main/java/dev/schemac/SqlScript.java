package dev.schemac;

import dev.schemac.internal.migrate.ExecutionPlan;
import dev.schemac.internal.migrate.ExecutionPlanner;
import dev.schemac.operation.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration's operations as the SQL script the runtime would run, each statement under a comment with its
 * classification, e.g. {@code -- [blocking-lock] change type of t.c from integer to bigint: rewrites ...}; first the
 * statements of the migration's transaction, then the online steps that run after its commit. For reviews and for
 * DBAs who run migrations by hand; the runtime itself also records the migration in its history table.
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
        ExecutionPlan plan = new ExecutionPlanner(online).plan(operations);
        StringBuilder script = new StringBuilder("-- in one transaction:\n");
        List<ExecutionPlan.Planned> withOnlineSteps = new ArrayList<>();
        for (ExecutionPlan.Planned planned : plan.operations()) {
            if (!planned.online().isEmpty()) {
                withOnlineSteps.add(planned);
            }
            if (planned.transactional().isEmpty()) {
                continue;
            }
            comment(script, planned);
            planned.transactional().forEach(s -> script.append(s).append(";\n"));
        }
        if (!withOnlineSteps.isEmpty()) {
            script.append("\n-- after the commit, each statement on its own (not in a transaction):\n");
            for (ExecutionPlan.Planned planned : withOnlineSteps) {
                comment(script, planned);
                planned.online().forEach(step -> step.statements().forEach(s -> script.append(s).append(";\n")));
            }
        }
        return script.toString();
    }

    private static void comment(StringBuilder script, ExecutionPlan.Planned planned) {
        script.append("-- ").append(planned.classified().describe().replace("\n", " ")).append('\n');
    }
}
