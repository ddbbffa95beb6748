package dev.schemac.internal.script;

import dev.schemac.internal.migrate.ExecutionPlan;
import dev.schemac.internal.migrate.ExecutionPlan.Planned;
import dev.schemac.internal.migrate.OnlineStep;
import dev.schemac.internal.migrate.OnlineStep.ConcurrentIndex;
import dev.schemac.internal.migrate.OnlineStep.NotNullThroughCheck;
import dev.schemac.internal.migrate.OnlineStep.UniqueThroughIndex;
import dev.schemac.internal.migrate.OnlineStep.ValidateConstraint;
import dev.schemac.internal.sql.Identifiers;
import dev.schemac.operation.Operation;
import dev.schemac.operation.Hazard;
import dev.schemac.schema.QualifiedName;
import java.util.List;

/**
 * The SQL of one migration as the runtime runs it, from its {@link ExecutionPlan}: the statements of its
 * transaction, then its online steps, each operation's statements under a comment with its classification. The one
 * renderer of a planned migration; {@code SqlScript} and {@link ScriptWriter} both use it.
 *
 * <p>The idempotent form guards each part by the history table, with {@code DO} blocks: plain SQL, since a
 * {@code DO} block runs anywhere and psql's {@code \if} needs psql. A concurrent index build cannot run in a
 * {@code DO} block (nor in any transaction), so it stands alone, made harmless by {@code if not exists}.
 */
public final class MigrationScript {
    private static final String INDENT = "    ";
    private static final String ONLINE_HEADER =
            "-- after the commit, each statement on its own, not in a transaction (as migrate runs them):\n";

    private final ExecutionPlan plan;
    private final String outerTag;
    private final String innerTag;

    public MigrationScript(ExecutionPlan plan) {
        this.plan = plan;
        StringBuilder all = new StringBuilder();
        for (Planned planned : plan.operations()) {
            planned.transactional().forEach(all::append);
            planned.online().forEach(step -> step.statements().forEach(all::append));
        }
        this.innerTag = DollarTag.unusedIn("schemac_sql", all.toString());
        this.outerTag = DollarTag.unusedIn("schemac", all + innerTag);
    }

    /**
     * The plain form: {@code begin}, the transaction's statements and the history row, {@code commit}, then the
     * online steps and the update that marks the migration finished.
     *
     * @param history the history statements, or {@code null} for none (the migration alone)
     */
    public String plain(HistoryStatements history) {
        StringBuilder sql = new StringBuilder("begin;\n");
        for (Planned planned : plan.operations()) {
            if (!planned.transactional().isEmpty()) {
                sql.append(mark(planned));
                planned.transactional().forEach(s -> sql.append(s).append(";\n"));
            }
        }
        boolean online = hasOnlineSteps();
        if (history != null) {
            sql.append(history.insert(!online)).append(";\n");
        }
        sql.append("commit;\n");
        if (online) {
            sql.append(ONLINE_HEADER);
            for (Planned planned : plan.operations()) {
                if (!planned.online().isEmpty()) {
                    sql.append(mark(planned));
                    planned.online().forEach(step -> step.statements().forEach(s -> sql.append(s).append(";\n")));
                }
            }
            if (history != null) {
                sql.append(history.markFinished()).append(";\n");
            }
        }
        return sql.toString();
    }

    /**
     * The idempotent form: the transaction as one {@code DO} block that does nothing when the history records the
     * migration, then the online steps, each guarded so that it runs only while the migration is unfinished (a
     * concurrent build runs always, a no-op once the index exists), then the update that marks it finished.
     */
    String idempotent(HistoryStatements history) {
        StringBuilder sql = new StringBuilder();
        sql.append("do ").append(outerTag).append("\nbegin\n");
        sql.append(INDENT).append("if ").append(history.recorded()).append(" then\n");
        sql.append(INDENT).append(INDENT).append("raise notice 'schemac: migration % is recorded already, its ")
                .append("transaction skipped', ").append(SqlText.literal(history.version())).append(";\n");
        sql.append(INDENT).append(INDENT).append("return;\n").append(INDENT).append("end if;\n");
        for (Planned planned : plan.operations()) {
            if (!planned.transactional().isEmpty()) {
                sql.append(INDENT).append(mark(planned));
                planned.transactional().forEach(s -> sql.append(INDENT).append(execute(s)));
            }
        }
        boolean online = hasOnlineSteps();
        sql.append(INDENT).append(history.insert(!online)).append(";\nend\n").append(outerTag).append(";\n");
        if (online) {
            sql.append(ONLINE_HEADER);
            for (Planned planned : plan.operations()) {
                if (!planned.online().isEmpty()) {
                    sql.append(mark(planned));
                    planned.online().forEach(step -> step(sql, step, history));
                }
            }
            sql.append(history.markFinished()).append(";\n");
        }
        return sql.toString();
    }

    private void step(StringBuilder sql, OnlineStep step, HistoryStatements history) {
        String unfinished = history.unfinished();
        if (step instanceof ConcurrentIndex index) {
            dropInvalid(sql, unfinished, index.index());
            sql.append(index.create()).append(";\n");
        } else if (step instanceof UniqueThroughIndex unique) {
            String notTakenOver = unfinished + " and not " + constraintExists(unique.table(), unique.constraint());
            dropInvalid(sql, notTakenOver, unique.index());
            sql.append(unique.create()).append(";\n");
            guarded(sql, notTakenOver, List.of(unique.addConstraint()));
        } else if (step instanceof ValidateConstraint validate) {
            guarded(sql, unfinished, List.of(validate.validate()));
        } else if (step instanceof NotNullThroughCheck notNull) {
            guarded(sql, unfinished + " and " + constraintExists(notNull.table(), notNull.constraint()),
                    List.of(notNull.validate()));
            guarded(sql, unfinished, List.of(notNull.setNotNull(), notNull.dropCheck()));
        }
    }

    /**
     * Drops an invalid index an interrupted build left, which {@code if not exists} would keep. Without
     * {@code concurrently}, since a {@code DO} block is a transaction: a brief lock, and only when one is left.
     */
    private void dropInvalid(StringBuilder sql, String condition, QualifiedName index) {
        String qualified = Identifiers.qualified(index);
        guarded(sql, condition + " and exists (select 1 from pg_index where indexrelid = to_regclass("
                + SqlText.literal(qualified) + ") and not indisvalid)", List.of("drop index if exists " + qualified));
    }

    private void guarded(StringBuilder sql, String condition, List<String> statements) {
        sql.append("do ").append(outerTag).append("\nbegin\n");
        sql.append(INDENT).append("if ").append(condition).append(" then\n");
        statements.forEach(s -> sql.append(INDENT).append(INDENT).append(execute(s)));
        sql.append(INDENT).append("end if;\nend\n").append(outerTag).append(";\n");
    }

    private String execute(String statement) {
        return "execute " + innerTag + statement + innerTag + ";\n";
    }

    private static String constraintExists(QualifiedName table, String constraint) {
        return "exists (select 1 from pg_constraint where conrelid = to_regclass("
                + SqlText.literal(Identifiers.qualified(table)) + ") and conname = " + SqlText.literal(constraint)
                + ")";
    }

    private boolean hasOnlineSteps() {
        return plan.operations().stream().anyMatch(p -> !p.online().isEmpty());
    }

    /**
     * The comment above an operation's statements, e.g. {@code -- [blocking-lock] create index i on t: ...}; a
     * destructive one says whether a person approved it.
     */
    static String mark(Planned planned) {
        String line = "-- " + planned.classified().describe();
        Operation operation = planned.classified().operation();
        if (planned.classified().hazard() == Hazard.DESTRUCTIVE) {
            line += operation.approval() == null
                    ? " (NOT APPROVED: migrate refuses it until the migration carries approveDataLoss(\"why\"))"
                    : " (approved: " + operation.approval().reason() + ")";
        }
        return SqlText.oneLine(line) + "\n";
    }
}
