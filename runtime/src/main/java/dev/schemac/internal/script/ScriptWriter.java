package dev.schemac.internal.script;

import dev.schemac.internal.index.IndexEntry;
import dev.schemac.internal.migrate.MigrationSource;
import dev.schemac.internal.migrate.ExecutionPlanner;
import dev.schemac.internal.migrate.MigrationSettings;
import dev.schemac.internal.sql.Identifiers;
import java.time.Duration;
import java.util.List;

/**
 * Writes the SQL of migrations for a person to review or to run with {@code psql}: per migration a header, then its
 * statements as {@link MigrationScript} renders them from the runtime's own plan (online or not, as configured),
 * each operation under a comment with its classification, and the history row the runtime would insert, with the
 * same checksum, so that the runtime later sees the migration as applied.
 *
 * <p>The plain form wraps each migration's transaction in {@code begin}/{@code commit}. The idempotent form makes it
 * one {@code DO} block that runs only when the history table lacks the version, and guards the online steps after
 * it. Online steps cannot run in a transaction: such a script must run statement by statement, as psql does, not
 * as one batch.
 */
public final class ScriptWriter {
    private final String historyTable;
    private final String historySchema;
    private final String historyCreate;
    private final ClassLoader loader;
    private final boolean online;
    private final Duration lockTimeout;

    /**
     * @param configuredHistoryTable the history table as configured
     * @param loader loads the migration classes
     * @param settings how migrate runs (online mode, lock timeout), so that the script runs what it runs
     */
    public ScriptWriter(String configuredHistoryTable, ClassLoader loader, MigrationSettings settings) {
        this.historyTable = MigrationSource.historyTableSql(configuredHistoryTable);
        this.historySchema = MigrationSource.historyTableSchema(configuredHistoryTable);
        this.historyCreate = MigrationSource.historyTableCreateStatement(configuredHistoryTable);
        this.loader = loader;
        this.online = settings.online();
        this.lockTimeout = settings.lockTimeout();
    }

    /**
     * The script of these migrations, in the order given.
     *
     * @param what a phrase for the header, e.g. {@code pending migrations}
     */
    public String write(List<IndexEntry> entries, boolean idempotent, String what) {
        StringBuilder sql = new StringBuilder();
        sql.append("-- schemac ").append(idempotent ? "idempotent " : "").append("script: ").append(entries.size())
                .append(' ').append(what).append(", history table ").append(historyTable).append(", online mode ")
                .append(online ? "on" : "off").append('\n');
        sql.append(idempotent
                ? "-- Each part runs only if the history table does not record it as done; safe to run again.\n"
                : "-- Run once, on a database that has none of these migrations; schemac migrate then skips them.\n");
        sql.append("-- Each operation is under its classification: [safe], [blocking-lock], [data-dependent] or "
                + "[destructive] (can lose data).\n");
        if (online) {
            sql.append("-- Statements after a commit run outside a transaction: run the file with psql "
                    + "(psql -v ON_ERROR_STOP=1 -f), not as one batch.\n");
        }
        if (!lockTimeout.isZero()) {
            sql.append("-- Statements that wait for a lock blocking writes on an existing table do so for at most "
                    + lockTimeout.toMillis() + " ms (lock_timeout), as in migrate, which retries; a script stops "
                    + "instead: run it again later.\n");
        }
        sql.append('\n');
        if (entries.isEmpty()) {
            return sql.toString();
        }
        if (historySchema != null) {
            sql.append("create schema if not exists ").append(Identifiers.quote(historySchema)).append(";\n");
        }
        sql.append(historyCreate.replaceFirst("^create table ", "create table if not exists ")).append(";\n");
        ExecutionPlanner planner = new ExecutionPlanner(online);
        for (IndexEntry entry : entries) {
            sql.append('\n');
            sql.append("-- Migration ").append(entry.version()).append(' ').append(SqlText.oneLine(entry.description()))
                    .append(" (").append(entry.className()).append(")\n");
            sql.append("-- checksum ").append(entry.checksum()).append('\n');
            MigrationScript script = new MigrationScript(planner.plan(MigrationSource.operations(entry, loader)),
                    lockTimeout);
            HistoryStatements history = new HistoryStatements(historyTable, entry.version(),
                    MigrationSource.storedDescription(entry), entry.checksum());
            sql.append(idempotent ? script.idempotent(history) : script.plain(history));
        }
        return sql.toString();
    }
}
