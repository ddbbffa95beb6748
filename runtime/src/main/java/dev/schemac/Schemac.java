package dev.schemac;

import dev.schemac.internal.migrate.MigrationSettings;
import dev.schemac.internal.migrate.Migrator;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The runtime entry point: call {@code Schemac.migrate(dataSource)} once at application start. It applies the
 * pending migrations that the build listed in {@value #DEFAULT_INDEX}, in version order, each exactly once and in
 * its own transaction, under a PostgreSQL advisory lock so that concurrent starts do not race. In online mode (the
 * default) index builds and constraint validations on existing tables run after that transaction, without blocking
 * writes; see docs/runtime.md.
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
    private final MigrationSettings settings;

    private Schemac(DataSource dataSource, String historyTable, String indexResource, ClassLoader classLoader,
            MigrationSettings settings) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.historyTable = Objects.requireNonNull(historyTable, "historyTable");
        this.indexResource = Objects.requireNonNull(indexResource, "indexResource");
        this.classLoader = classLoader;
        this.settings = settings;
    }

    /** Applies pending migrations with the default settings. */
    public static MigrationReport migrate(DataSource dataSource) {
        return configure(dataSource).migrate();
    }

    /** Default settings for this data source; change them with the {@code with} methods. */
    public static Schemac configure(DataSource dataSource) {
        return new Schemac(dataSource, DEFAULT_HISTORY_TABLE, DEFAULT_INDEX, null, MigrationSettings.defaults());
    }

    /** Uses another history table, {@code "table"} or {@code "schema.table"}. */
    public Schemac historyTable(String qualifiedName) {
        return new Schemac(dataSource, qualifiedName, indexResource, classLoader, settings);
    }

    /** Reads the migration index from another classpath resource. */
    public Schemac indexResource(String resource) {
        return new Schemac(dataSource, historyTable, resource, classLoader, settings);
    }

    /** Loads the index and the migration classes with this class loader instead of the thread's context loader. */
    public Schemac classLoader(ClassLoader loader) {
        return new Schemac(dataSource, historyTable, indexResource, loader, settings);
    }

    /**
     * Whether a pending migration older than the newest applied one may run (it arrived late from another branch).
     * Refused by default with {@link ErrorCode#OUT_OF_ORDER}.
     */
    public Schemac allowOutOfOrder(boolean allow) {
        return with(settings.withOutOfOrder(allow));
    }

    /**
     * Whether operations on tables that existed before the migration run online-safe (default: on): indexes are
     * built {@code concurrently} after the migration's transaction, checks and foreign keys are added
     * {@code not valid} and validated after it, and SET NOT NULL goes through a validated check. Turn it off for
     * small databases, or for tests that want each migration to be exactly one transaction.
     */
    public Schemac online(boolean on) {
        return with(settings.withOnline(on));
    }

    /**
     * How long a migration's statements wait for a lock that blocks writes on an existing table (default 5 s),
     * and how many times the migration's transaction is tried when a wait runs out (default 5). While a statement
     * waits for such a lock, every writer of the table queues behind it; a bounded wait lets them through.
     *
     * @param timeout the longest wait for one lock, {@link Duration#ZERO} for no limit
     * @param attempts how many times to try in all, at least 1
     */
    public Schemac lockTimeout(Duration timeout, int attempts) {
        return with(settings.withLockTimeout(timeout, attempts));
    }

    /**
     * Refuses every destructive operation, even an approved one, with {@link ErrorCode#DESTRUCTIVE_FORBIDDEN}, e.g.
     * in production where such a change must be run deliberately. Also on when the system property
     * {@code schemac.forbidDestructive} or the environment variable {@code SCHEMAC_FORBID_DESTRUCTIVE} is
     * {@code true}; this setting overrides both.
     */
    public Schemac forbidDestructive(boolean forbid) {
        return with(settings.withForbidDestructive(forbid));
    }

    private Schemac with(MigrationSettings newSettings) {
        return new Schemac(dataSource, historyTable, indexResource, classLoader, newSettings);
    }

    /** Applies pending migrations with these settings. */
    public MigrationReport migrate() {
        return new Migrator(dataSource, historyTable, indexResource, loader(), settings).migrate();
    }

    /**
     * Cleans up after migrations whose online steps failed: drops the invalid indexes their interrupted
     * concurrent builds left (PostgreSQL keeps updating an invalid index on every write, but never uses it). It
     * changes no history row: the next {@link #migrate()} resumes those migrations' online steps by itself.
     *
     * @return what it found and dropped
     */
    public RepairReport repair() {
        return new Migrator(dataSource, historyTable, indexResource, loader(), settings).repair();
    }

    private ClassLoader loader() {
        ClassLoader loader = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : Schemac.class.getClassLoader();
    }
}
