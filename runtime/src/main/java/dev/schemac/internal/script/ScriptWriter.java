package dev.schemac.internal.script;

import dev.schemac.internal.index.IndexEntry;
import dev.schemac.internal.migrate.MigrationSource;
import dev.schemac.internal.sql.SqlRenderer;
import dev.schemac.operation.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the SQL of migrations for a person to review or to run with {@code psql}: per migration a header, its
 * statements with risky ones marked, and the history row the runtime would insert, with the same checksum, so that
 * the runtime later sees the migration as applied.
 *
 * <p>The plain form wraps each migration in {@code begin}/{@code commit}. The idempotent form makes each migration
 * one {@code DO} block that runs its statements through {@code execute} only when the history table lacks its
 * version; plain SQL, because psql's {@code \if} needs psql and a {@code DO} block is one atomic statement anywhere.
 * A {@code DO} block runs in a transaction, so a statement that cannot (e.g. {@code create index concurrently})
 * fails there; today's migrations have none.
 */
public final class ScriptWriter {
    private final String historyTable;
    private final String historySchema;
    private final String historyCreate;
    private final ClassLoader loader;

    public ScriptWriter(String configuredHistoryTable, ClassLoader loader) {
        this.historyTable = MigrationSource.historyTableSql(configuredHistoryTable);
        this.historySchema = MigrationSource.historyTableSchema(configuredHistoryTable);
        this.historyCreate = MigrationSource.historyTableCreateStatement(configuredHistoryTable);
        this.loader = loader;
    }

    /**
     * The script of these migrations, in the order given.
     *
     * @param what a phrase for the header, e.g. {@code pending migrations}
     */
    public String write(List<IndexEntry> entries, boolean idempotent, String what) {
        StringBuilder sql = new StringBuilder();
        sql.append("-- schemac ").append(idempotent ? "idempotent " : "").append("script: ").append(entries.size())
                .append(' ').append(what).append(", history table ").append(historyTable).append('\n');
        sql.append(idempotent
                ? "-- Each migration runs only if the history table does not record it; safe to run again.\n"
                : "-- Run once, on a database that has none of these migrations; schemac migrate then skips them.\n");
        sql.append("-- Operations marked [destructive] can lose data.\n\n");
        if (entries.isEmpty()) {
            return sql.toString();
        }
        if (historySchema != null) {
            sql.append("create schema if not exists ").append(quote(historySchema)).append(";\n");
        }
        sql.append(historyCreate.replaceFirst("^create table ", "create table if not exists ")).append(";\n");
        for (IndexEntry entry : entries) {
            sql.append('\n');
            migration(sql, entry, idempotent);
        }
        return sql.toString();
    }

    private void migration(StringBuilder sql, IndexEntry entry, boolean idempotent) {
        List<Operation> operations = MigrationSource.operations(entry, loader);
        sql.append("-- Migration ").append(entry.version()).append(' ').append(RiskMark.oneLine(entry.description()))
                .append(" (").append(entry.className()).append(")\n");
        sql.append("-- checksum ").append(entry.checksum()).append('\n');
        List<Step> steps = new ArrayList<>();
        SqlRenderer renderer = new SqlRenderer();
        for (Operation operation : operations) {
            steps.add(new Step(RiskMark.of(operation), renderer.render(List.of(operation))));
        }
        String record = "insert into " + historyTable + " (version, description, checksum, duration_ms, success) "
                + "values (" + literal(entry.version()) + ", " + literal(MigrationSource.storedDescription(entry))
                + ", " + literal(entry.checksum()) + ", 0, true)";
        if (idempotent) {
            guarded(sql, entry, steps, record);
        } else {
            sql.append("begin;\n");
            for (Step step : steps) {
                if (step.mark() != null) {
                    sql.append(step.mark()).append('\n');
                }
                for (String statement : step.statements()) {
                    sql.append(statement).append(";\n");
                }
            }
            sql.append(record).append(";\ncommit;\n");
        }
    }

    /** One {@code DO} block: nothing of it runs when the version is recorded, all of it or nothing otherwise. */
    private void guarded(StringBuilder sql, IndexEntry entry, List<Step> steps, String record) {
        StringBuilder all = new StringBuilder();
        steps.forEach(step -> all.append(step.mark()).append('\n').append(String.join("\n", step.statements())));
        String body = all.toString();
        String inner = DollarTag.unusedIn("schemac_sql", body);
        String outer = DollarTag.unusedIn("schemac", body + inner);
        sql.append("do ").append(outer).append("\nbegin\n");
        sql.append("    if exists (select 1 from ").append(historyTable).append(" where version = ")
                .append(literal(entry.version())).append(") then\n");
        sql.append("        raise notice 'schemac: migration % is applied already, skipped', ")
                .append(literal(entry.version())).append(";\n        return;\n    end if;\n");
        for (Step step : steps) {
            if (step.mark() != null) {
                sql.append("    ").append(step.mark()).append('\n');
            }
            for (String statement : step.statements()) {
                sql.append("    execute ").append(inner).append(statement).append(inner).append(";\n");
            }
        }
        sql.append("    ").append(record).append(";\nend\n").append(outer).append(";\n");
    }

    /** One operation's statements and the mark above them, or {@code null} for none. */
    private record Step(String mark, List<String> statements) {
    }

    /** A string literal; doubled quotes are the one escape that reads the same under every setting. */
    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String quote(String identifier) {
        return dev.schemac.internal.sql.Identifiers.quote(identifier);
    }
}
