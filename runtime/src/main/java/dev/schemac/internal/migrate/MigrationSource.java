package dev.schemac.internal.migrate;

import dev.schemac.internal.index.IndexEntry;
import dev.schemac.internal.index.MigrationIndex;
import dev.schemac.operation.Operation;
import java.util.List;

/**
 * The pieces of applying migrations that status, script and baseline reuse: the index, a migration's operations,
 * and the history table's SQL, so that they see exactly what {@link Migrator} would run and record.
 */
public final class MigrationSource {
    private MigrationSource() {
    }

    /** The one migration index on the classpath, with the runtime's error codes when it is missing or invalid. */
    public static MigrationIndex index(ClassLoader loader, String resource) {
        return IndexLoader.load(loader, resource);
    }

    /** The operations the migration's {@code up} describes; loads and instantiates its class. */
    public static List<Operation> operations(IndexEntry entry, ClassLoader loader) {
        return PendingMigration.operations(entry, loader);
    }

    /** The history table's name, validated and quoted where SQL needs it, e.g. {@code ops."History"}. */
    public static String historyTableSql(String configuredName) {
        return new HistoryTable(configuredName).sql();
    }

    /** The schema the configured history table name gives, or {@code null} when it names none. */
    public static String historyTableSchema(String configuredName) {
        return new HistoryTable(configuredName).name().schema();
    }

    /** The {@code create table} statement of the history table. */
    public static String historyTableCreateStatement(String configuredName) {
        return new HistoryTable(configuredName).createStatement();
    }

    /** The description as the history table stores it. */
    public static String storedDescription(IndexEntry entry) {
        return HistoryTable.storedDescription(entry);
    }
}
