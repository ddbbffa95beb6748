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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one migration as the runtime runs it, from its {@link ExecutionPlan}: the statements of its
 * transaction, then its online steps, each operation's statements under a comment with its classification. The one
 * renderer of a planned migration; {@code SqlScript} and {@link ScriptWriter} both use it.
 *
 * <p>Statements that wait for a lock blocking writes on an existing table run under {@code lock_timeout}, as in
 * {@code migrate}; a script cannot retry, so a timeout stops it (run it again later).
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
    private final String lockTimeout;
    private final String outerTag;
    private final String innerTag;

    /**
     * @param plan the migration's plan, from the runtime's {@code ExecutionPlanner}
     * @param lockTimeout the runtime's {@code lock_timeout} for statements that wait for a lock blocking writes on
     *     an existing table, zero for none
     */
    public MigrationScript(ExecutionPlan plan, Duration lockTimeout) {
        this.plan = plan;
        this.lockTimeout = lockTimeout.isZero() ? null
                : "set local lock_timeout = '" + lockTimeout.toMillis() + "ms'";
        StringBuilder all = new StringBuilder();
        for (Planned planned : plan.operations()) {
            planned.transactional().forEach(all::append);
            planned.online().forEach(step -> all.append(plainStep(step)));
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
        if (lockTimeout != null && plan.needsLockTimeout()) {
            sql.append(lockTimeout).append(";\n");
        }
        for (Planned planned : plan.operations()) {
            if (!planned.transactional().isEmpty()) {
                sql.append(mark(planned));
                planned.transactional().forEach(s -> sql.append(s).append(";\n"));
            }
        }
        boolean online = plan.hasOnlineSteps();
        if (history != null) {
            sql.append(history.insert(!online)).append(";\n");
        }
        sql.append("commit;\n");
        if (online) {
            sql.append(ONLINE_HEADER);
            for (Planned planned : plan.operations()) {
                if (!planned.online().isEmpty()) {
                    sql.append(mark(planned));
                    planned.online().forEach(step -> sql.append(plainStep(step)));
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
        if (lockTimeout != null && plan.needsLockTimeout()) {
            sql.append(INDENT).append(execute(lockTimeout));
        }
        for (Planned planned : plan.operations()) {
            if (!planned.transactional().isEmpty()) {
                sql.append(INDENT).append(mark(planned));
                planned.transactional().forEach(s -> sql.append(INDENT).append(execute(s)));
            }
        }
        boolean online = plan.hasOnlineSteps();
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

    /** A step as it runs once; the comments say what migrate checks first. */
    private String plainStep(OnlineStep step) {
        StringBuilder sql = new StringBuilder();
        if (step instanceof ConcurrentIndex index) {
            onlyIfInvalid(sql, index.index(), index.dropInvalid());
            sql.append(index.create()).append(";\n");
        } else if (step instanceof UniqueThroughIndex unique) {
            onlyIfInvalid(sql, unique.index(), unique.dropInvalid());
            sql.append(unique.create()).append(";\n");
            sql.append("-- only if the constraint does not exist yet:\n");
            shortTransaction(sql, List.of(unique.addConstraint()));
        } else if (step instanceof ValidateConstraint validate) {
            sql.append(validate.validate()).append(";\n");
        } else if (step instanceof NotNullThroughCheck notNull) {
            sql.append("-- only while the check ").append(notNull.constraint()).append(" exists:\n")
                    .append(notNull.validate()).append(";\n");
            shortTransaction(sql, List.of(notNull.setNotNull(), notNull.dropCheck()));
        }
        return sql.toString();
    }

    private static void onlyIfInvalid(StringBuilder sql, QualifiedName index, String dropInvalid) {
        sql.append("-- only if an invalid index ").append(index).append(" is left from an interrupted build:\n")
                .append(dropInvalid).append(";\n");
    }

    /** A catalog change after the commit that takes a strong lock: under lock_timeout, as migrate runs it. */
    private void shortTransaction(StringBuilder sql, List<String> statements) {
        sql.append("begin;\n");
        if (lockTimeout != null) {
            sql.append(lockTimeout).append(";\n");
        }
        statements.forEach(s -> sql.append(s).append(";\n"));
        sql.append("commit;\n");
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
            guarded(sql, notTakenOver, locked(unique.addConstraint()));
        } else if (step instanceof ValidateConstraint validate) {
            guarded(sql, unfinished, List.of(validate.validate()));
        } else if (step instanceof NotNullThroughCheck notNull) {
            guarded(sql, unfinished + " and " + constraintExists(notNull.table(), notNull.constraint()),
                    List.of(notNull.validate()));
            guarded(sql, unfinished, locked(notNull.setNotNull(), notNull.dropCheck()));
        }
    }

    /**
     * Drops an invalid index an interrupted build left, which {@code if not exists} would keep. Without
     * {@code concurrently}, since a {@code DO} block is a transaction: a brief lock, and only when one is left.
     */
    private void dropInvalid(StringBuilder sql, String condition, QualifiedName index) {
        String qualified = Identifiers.qualified(index);
        guarded(sql, condition + " and exists (select 1 from pg_index where indexrelid = to_regclass("
                + SqlText.literal(qualified) + ") and not indisvalid)", locked("drop index if exists " + qualified));
    }

    /** The statements of a short transaction, after {@code lock_timeout} when there is one. */
    private List<String> locked(String... statements) {
        List<String> all = new ArrayList<>();
        if (lockTimeout != null) {
            all.add(lockTimeout);
        }
        all.addAll(List.of(statements));
        return all;
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
