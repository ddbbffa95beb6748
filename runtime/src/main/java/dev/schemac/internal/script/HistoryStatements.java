package dev.schemac.internal.script;

/**
 * The history table's side of one migration in a script: the row the runtime inserts, with the same checksum, so
 * that {@code migrate} later sees the migration as applied, and the conditions the idempotent form checks.
 *
 * @param table the history table, quoted where SQL needs it
 * @param version the migration's version
 * @param description the description as the history table stores it
 * @param checksum the migration's checksum from the index
 */
public record HistoryStatements(String table, String version, String description, String checksum) {
    /** The insert; {@code finished} is false when online steps follow the transaction, as the runtime records it. */
    String insert(boolean finished) {
        return "insert into " + table + " (version, description, checksum, duration_ms, success) values ("
                + SqlText.literal(version) + ", " + SqlText.literal(description) + ", " + SqlText.literal(checksum)
                + ", 0, " + finished + ")";
    }

    /** Marks the migration finished after its online steps; a no-op when it is already. */
    String markFinished() {
        return "update " + table + " set success = true where version = " + SqlText.literal(version)
                + " and not success";
    }

    /** True when the history has a row for the migration, finished or not. */
    String recorded() {
        return "exists (select 1 from " + table + " where version = " + SqlText.literal(version) + ")";
    }

    /** True while the migration's transaction is applied and its online steps are not finished. */
    String unfinished() {
        return "exists (select 1 from " + table + " where version = " + SqlText.literal(version)
                + " and not success)";
    }
}
