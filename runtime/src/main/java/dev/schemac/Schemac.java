package dev.schemac;

import dev.schemac.internal.migrate.Migrator;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The runtime entry point: call {@code Schemac.migrate(dataSource)} once at application start. It applies the
 * pending migrations that the build listed in {@value #DEFAULT_INDEX}, in version order, each exactly once and in
 * its own transaction, under a PostgreSQL advisory lock so that concurrent starts do not race.
 *
 * <p>Settings are immutable: {@code Schemac.configure(ds).historyTable("ops.schema_history").migrate()}.
 */
public final class Schemac {
    /** The classpath resource the build writes, listing every migration with its checksum. */
    public static final String DEFAULT_INDEX = "META-INF/schemac/migrations.idx";
    /** The table that records applied migrations, in the connection's current schema. */
    public static final String DEFAULT_HISTORY_TABLE = "schemac_history";

    private final DataSource dataSource;
    private final String historyTable;
    private final String indexResource;
    private final ClassLoader classLoader;
    private final boolean outOfOrder;

    private Schemac(DataSource dataSource, String historyTable, String indexResource, ClassLoader classLoader,
            boolean outOfOrder) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.historyTable = Objects.requireNonNull(historyTable, "historyTable");
        this.indexResource = Objects.requireNonNull(indexResource, "indexResource");
        this.classLoader = classLoader;
        this.outOfOrder = outOfOrder;
    }

    /** Applies pending migrations with the default settings. */
    public static MigrationReport migrate(DataSource dataSource) {
        return configure(dataSource).migrate();
    }

    /** Default settings for this data source; change them with the {@code with} methods. */
    public static Schemac configure(DataSource dataSource) {
        return new Schemac(dataSource, DEFAULT_HISTORY_TABLE, DEFAULT_INDEX, null, false);
    }

    /** Uses another history table, {@code "table"} or {@code "schema.table"}. */
    public Schemac historyTable(String qualifiedName) {
        return new Schemac(dataSource, qualifiedName, indexResource, classLoader, outOfOrder);
    }

    /** Reads the migration index from another classpath resource. */
    public Schemac indexResource(String resource) {
        return new Schemac(dataSource, historyTable, resource, classLoader, outOfOrder);
    }

    /** Loads the index and the migration classes with this class loader instead of the thread's context loader. */
    public Schemac classLoader(ClassLoader loader) {
        return new Schemac(dataSource, historyTable, indexResource, loader, outOfOrder);
    }

    /**
     * Whether a pending migration older than the newest applied one may run (it arrived late from another branch).
     * Refused by default with {@link ErrorCode#OUT_OF_ORDER}.
     */
    public Schemac allowOutOfOrder(boolean allow) {
        return new Schemac(dataSource, historyTable, indexResource, classLoader, allow);
    }

    /** Applies pending migrations with these settings. */
    public MigrationReport migrate() {
        ClassLoader loader = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = Schemac.class.getClassLoader();
        }
        return new Migrator(dataSource, historyTable, indexResource, loader, outOfOrder).migrate();
    }
}
