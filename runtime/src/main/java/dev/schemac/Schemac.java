package dev.schemac;

import dev.schemac.internal.baseline.Baseline;
import dev.schemac.internal.catalog.DriftDetection;
import dev.schemac.internal.index.IndexEntry;
import dev.schemac.internal.index.MigrationIndex;
import dev.schemac.internal.migrate.MigrationSource;
import dev.schemac.internal.migrate.Migrator;
import dev.schemac.internal.migrate.Rollback;
import dev.schemac.internal.script.ScriptWriter;
import dev.schemac.internal.status.StatusReader;
import dev.schemac.schema.SchemaModel;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import dev.schemac.internal.migrate.MigrationSettings;
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

    /** The rollback target that rolls back every migration. */
    public static final String ROLLBACK_EVERYTHING = Rollback.EVERYTHING;

    private final DataSource dataSource;
    private final String historyTable;
    private final String indexResource;
    private final ClassLoader classLoader;
    private final MigrationSettings settings;
    private final MigrationListener listener;

    private Schemac(DataSource dataSource, String historyTable, String indexResource, ClassLoader classLoader,
            MigrationSettings settings, MigrationListener listener) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.historyTable = Objects.requireNonNull(historyTable, "historyTable");
        this.indexResource = Objects.requireNonNull(indexResource, "indexResource");
        this.classLoader = classLoader;
        this.settings = settings;
        this.listener = listener;
    }

    /** Applies pending migrations with the default settings. */
    public static MigrationReport migrate(DataSource dataSource) {
        return configure(dataSource).migrate();
    }

    /** Default settings for this data source; change them with the {@code with} methods. */
    public static Schemac configure(DataSource dataSource) {
        return new Schemac(dataSource, DEFAULT_HISTORY_TABLE, DEFAULT_INDEX, null, MigrationSettings.defaults(), null);
    }

    /** Uses another history table, {@code "table"} or {@code "schema.table"}. */
    public Schemac historyTable(String qualifiedName) {
        return new Schemac(dataSource, qualifiedName, indexResource, classLoader, settings, listener);
    }

    /** Reads the migration index from another classpath resource. */
    public Schemac indexResource(String resource) {
        return new Schemac(dataSource, historyTable, resource, classLoader, settings, listener);
    }

    /** Loads the index and the migration classes with this class loader instead of the thread's context loader. */
    public Schemac classLoader(ClassLoader loader) {
        return new Schemac(dataSource, historyTable, indexResource, loader, settings, listener);
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
        return new Schemac(dataSource, historyTable, indexResource, classLoader, newSettings, listener);
    }

    /** Calls this listener around {@link #migrate()} and each migration it applies; {@code null} for none. */
    public Schemac listener(MigrationListener migrationListener) {
        return new Schemac(dataSource, historyTable, indexResource, classLoader, settings, migrationListener);
    }

    /** Applies pending migrations with these settings. */
    public MigrationReport migrate() {
        return new Migrator(dataSource, historyTable, indexResource, loader(), settings, listener).migrate();
    }

    /**
     * Where every migration stands, read only: no lock, no table created, no migration class loaded.
     *
     * @return one entry per version the code or the database knows
     */
    public MigrationStatus status() {
        return new StatusReader(dataSource, historyTable).read(MigrationSource.index(loader(), indexResource));
    }

    /**
     * The SQL that {@link #migrate()} would run now, for review or for running with {@code psql}: each migration
     * as migrate runs it with these settings (its transaction, then, in {@link #online(boolean) online mode}, its
     * online steps), every operation under a comment with its classification, e.g. {@code -- [blocking-lock] ...}.
     *
     * @param idempotent whether each migration checks the history table first, so the script can run again
     * @return the script; only a header when nothing is pending
     * @throws SchemacException like {@link #status()} when the history needs attention: a script over a history
     *     that {@code migrate} would refuse would not be what it runs
     */
    public String script(boolean idempotent) {
        MigrationIndex index = MigrationSource.index(loader(), indexResource);
        MigrationStatus status = new StatusReader(dataSource, historyTable).read(index);
        if (status.needsAttention()) {
            List<String> lines = status.entries().stream().filter(e -> e.state().needsAttention())
                    .filter(e -> e.state() != MigrationState.OUT_OF_ORDER || !settings.outOfOrder())
                    .map(e -> e.version() + " " + e.state()).toList();
            if (!lines.isEmpty()) {
                throw new SchemacException(ErrorCode.HISTORY_NEEDS_ATTENTION, "the history table needs attention "
                        + "before a script of pending migrations makes sense: " + lines + ". See status.");
            }
        }
        List<String> pending = status.entries().stream()
                .filter(e -> e.state() == MigrationState.PENDING || e.state() == MigrationState.OUT_OF_ORDER)
                .map(MigrationStatus.Entry::version).toList();
        List<IndexEntry> entries = index.entries().stream().filter(e -> pending.contains(e.version())).toList();
        return scriptWriter().write(entries, idempotent, "pending migration(s)");
    }

    /**
     * The SQL of the migrations in a version range, whether applied or not; does not connect.
     *
     * @param fromVersion the first version included, or {@code null} to start with the first
     * @param toVersion the last version included, or {@code null} to end with the last
     * @param idempotent whether each migration checks the history table first
     */
    public String script(String fromVersion, String toVersion, boolean idempotent) {
        MigrationIndex index = MigrationSource.index(loader(), indexResource);
        List<IndexEntry> entries = index.entries().stream()
                .filter(e -> fromVersion == null || IndexEntry.VERSION_ORDER.compare(e.version(), digits(fromVersion)) >= 0)
                .filter(e -> toVersion == null || IndexEntry.VERSION_ORDER.compare(e.version(), digits(toVersion)) <= 0)
                .toList();
        String range = "migration(s) from " + (fromVersion == null ? "the first" : fromVersion) + " to "
                + (toVersion == null ? "the last" : toVersion);
        return scriptWriter().write(entries, idempotent, range);
    }

    /**
     * Adopts a database whose schema exists already: checks that it matches {@code expected} as {@link #drift}
     * compares them, then records every migration of the index as applied without running it.
     *
     * @param expected the schema the migrations produce, e.g. the build's snapshot
     * @return the versions recorded
     * @throws SchemacException {@link ErrorCode#SCHEMA_MISMATCH} listing the differences, nothing recorded;
     *     {@link ErrorCode#HISTORY_NOT_EMPTY} when the history has rows already
     */
    public List<String> baseline(SchemaModel expected) {
        List<IndexEntry> entries = MigrationSource.index(loader(), indexResource).entries();
        new Baseline(dataSource, historyTable).run(Objects.requireNonNull(expected, "expected"), entries);
        return entries.stream().map(IndexEntry::version).toList();

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

    /**
     * Compares the live database with the schema it should have: tables of the expected schema's schemas (extra
     * ones too, except the history table), their columns (type, nullability, default, identity), primary keys,
     * unique, check and foreign key constraints, indexes, and sequences. Read only: the expected side is spelt the
     * way PostgreSQL spells it in a temporary table that is rolled back. Needs no migration index.
     *
     * @param expected the schema the database should have, e.g. the build's snapshot
     * @return the differences, empty when the database matches
     * @throws SchemacException {@link ErrorCode#DATABASE_ERROR} when the catalog cannot be read
     */
    public DriftReport drift(SchemaModel expected) {
        Objects.requireNonNull(expected, "expected");
        try (Connection connection = dataSource.getConnection()) {
            return new DriftReport(new DriftDetection(historyTable).differences(connection, expected));
        } catch (SQLException e) {
            throw new SchemacException(ErrorCode.DATABASE_ERROR, "database error while comparing the database with "
                    + "the snapshot: " + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /**
     * Runs the {@code down()} of every applied migration newer than {@code targetVersion}, newest first, each in
     * one transaction together with the deletion of its history row, under the same advisory lock as
     * {@link #migrate()}. Before any down runs, it checks the history like {@code migrate} and the downs of all of
     * them: a down without one, a destructive down without {@code approveDataLoss} (or any destructive down where
     * {@link #forbidDestructive(boolean) forbidden}) refuses the whole rollback. Downs run as one transaction each,
     * never online, under the {@link #lockTimeout(Duration, int) lock timeout}.
     *
     * @param targetVersion the version to keep, an applied migration of the code, or {@value #ROLLBACK_EVERYTHING}
     *     to roll back every migration
     * @return the migrations rolled back, newest first, with their durations
     * @throws SchemacException {@link ErrorCode#ROLLBACK_TARGET_INVALID}, {@link ErrorCode#DOWN_MISSING},
     *     {@link ErrorCode#MIGRATION_UNFINISHED}, {@link ErrorCode#DATA_LOSS_NOT_APPROVED} and the history checks of
     *     {@code migrate}, with nothing rolled back; {@link ErrorCode#MIGRATION_FAILED} when a down statement failed
     *     (that migration stays applied, the ones rolled back before it stay rolled back)
     */
    public RollbackReport rollback(String targetVersion) {
        return new Rollback(dataSource, historyTable, indexResource, loader(), settings).to(targetVersion);
    }

    /** Scripts render migrations as {@link #migrate()} runs them: online or not, lock timeout, as configured. */
    private ScriptWriter scriptWriter() {
        return new ScriptWriter(historyTable, loader(), settings);
    }

    private ClassLoader loader() {
        ClassLoader loader = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : Schemac.class.getClassLoader();
    }

    private static String digits(String version) {
        if (version.isEmpty() || !version.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a version is digits, e.g. 20261121093000, not '" + version + "'");
        }
        return version;
    }
}
