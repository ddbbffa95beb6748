package dev.schemac.operation;

import static dev.schemac.operation.Approval.approveDataLoss;
import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.BIGINT;
import static dev.schemac.schema.ColumnType.INTEGER;
import static dev.schemac.schema.ColumnType.TEXT;
import static dev.schemac.schema.ColumnType.numeric;
import static dev.schemac.schema.ColumnType.varchar;
import static dev.schemac.schema.ForeignKey.foreignKey;
import static dev.schemac.schema.Index.index;
import static dev.schemac.schema.Index.uniqueIndex;
import static dev.schemac.schema.Table.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.SchemaChanges;
import dev.schemac.schema.Sequence;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each kind of operation, on an existing table and on one the migration creates, online and not. */
class ClassificationTest {
    private static final Hazard SAFE = Hazard.SAFE;
    private static final Hazard LOCK = Hazard.BLOCKING_LOCK;
    private static final Hazard DATA = Hazard.DATA_DEPENDENT;
    private static final Hazard LOSS = Hazard.DESTRUCTIVE;

    @Test
    void tagsAreWhatScriptsShow() {
        assertEquals(List.of("safe", "blocking-lock", "data-dependent", "destructive"),
                List.of(SAFE.tag(), LOCK.tag(), DATA.tag(), LOSS.tag()));
    }

    @Test
    void createsAreSafe() {
        expect(SAFE, SAFE, SAFE, s -> s.createSchema("ops"));
        expect(SAFE, SAFE, SAFE, s -> s.createSequence(Sequence.sequence("t_seq", 1, 50)));
        expect(SAFE, SAFE, SAFE, s -> s.alterSequence("t_seq", 10));
    }

    @Test
    void dropsAreDestructiveWhereverTheyAre() {
        expect(LOSS, LOSS, LOSS, s -> s.dropTable("t", approveDataLoss("unused")));
        expect(LOSS, LOSS, LOSS, s -> s.dropColumn("t", "c", approveDataLoss("unused")));
        expect(LOSS, LOSS, LOSS, s -> s.dropSequence("t_seq"));
        expect(LOSS, LOSS, LOSS, s -> s.sql("truncate t"));
    }

    @Test
    void addColumnDependsOnItsDefaultAndNullability() {
        expect(SAFE, SAFE, SAFE, s -> s.addColumn("t", column("c", TEXT)));
        expect(SAFE, SAFE, SAFE, s -> s.addColumn("t", column("c", INTEGER).notNull().defaultTo("0")));
        expect(SAFE, SAFE, SAFE, s -> s.addColumn("t", column("c", TEXT).defaultTo("now()")));
        expect(DATA, DATA, SAFE, s -> s.addColumn("t", column("c", TEXT).notNull()));
        expect(LOCK, LOCK, SAFE, s -> s.addColumn("t", column("c", BIGINT).asIdentity()));
        expect(LOCK, LOCK, SAFE, s -> s.addColumn("t", column("c", TEXT).defaultTo("gen_random_uuid()::text")));
    }

    @Test
    void typeChangesRewriteUnlessOnlyTheCatalogChanges() {
        expect(SAFE, SAFE, SAFE, s -> s.alterColumnType("t", "c", varchar(10), varchar(20)));
        expect(SAFE, SAFE, SAFE, s -> s.alterColumnType("t", "c", varchar(10), TEXT));
        expect(SAFE, SAFE, SAFE, s -> s.alterColumnType("t", "c", numeric(10, 2), numeric(12, 2)));
        expect(LOCK, LOCK, SAFE, s -> s.alterColumnType("t", "c", INTEGER, BIGINT));
        expect(LOSS, LOSS, LOSS, s -> s.alterColumnType("t", "c", BIGINT, INTEGER, approveDataLoss("fits")));
    }

    @Test
    void notNullAndConstraintsAreValidatedOnlineOrUnderALock() {
        expect(DATA, LOCK, SAFE, s -> s.setNotNull("t", "c"));
        expect(DATA, LOCK, SAFE, s -> s.addCheck("t", "t_c_check", "c > 0"));
        expect(DATA, LOCK, SAFE, s -> s.addForeignKey("t", foreignKey("t_fk", "c").references("u", "id")));
        expect(DATA, LOCK, SAFE, s -> s.addUnique("t", "t_c_key", "c"));
        expect(LOCK, LOCK, SAFE, s -> s.addPrimaryKey("t", "t_pkey", "c"));
    }

    @Test
    void indexesAreBuiltConcurrentlyOnline() {
        expect(SAFE, LOCK, SAFE, s -> s.createIndex("t", index("t_c_idx", "c")));
        expect(DATA, LOCK, SAFE, s -> s.createIndex("t", uniqueIndex("t_c_key", "c")));
    }

    @Test
    void aUniqueIndexOrConstraintThatAForeignKeyMayNeedStaysInTheTransaction() {
        SchemaChanges changes = new SchemaChanges();
        changes.addUnique("t", "t_code_key", "code");
        changes.createIndex("t", uniqueIndex("t_ref_key", "ref"));
        changes.createIndex("t", index("t_other_idx", "other"));
        changes.addForeignKey("u", foreignKey("u_t_fk", "t_code").references("t", "code"));

        assertEquals(List.of(LOCK, LOCK, SAFE, DATA), hazards(changes, true));
    }

    @Test
    void catalogChangesAreSafe() {
        expect(SAFE, SAFE, SAFE, s -> s.dropNotNull("t", "c"));
        expect(SAFE, SAFE, SAFE, s -> s.setDefault("t", "c", "0"));
        expect(SAFE, SAFE, SAFE, s -> s.dropDefault("t", "c"));
        expect(SAFE, SAFE, SAFE, s -> s.dropConstraint("t", "t_c_check"));
        expect(SAFE, SAFE, SAFE, s -> s.dropIndex("t_c_idx"));
    }

    @Test
    void handWrittenSqlIsDataDependentUnlessDestructive() {
        expect(DATA, DATA, DATA, s -> s.sql("update t set c = 0 where c is null"));
    }

    @Test
    void aTableCountsAsNewOnlyAfterTheMigrationCreatedIt() {
        SchemaChanges changes = new SchemaChanges();
        changes.createIndex("t", index("t_c_idx", "c"));
        changes.createTable(table("t").column(column("c", TEXT)));
        changes.createIndex("t", index("t_c_idx2", "c"));

        assertEquals(List.of(LOCK, SAFE, SAFE), hazards(changes, false));
    }

    /** The hazard of the last operation: on an existing table online, offline, and on a new table online. */
    private static void expect(Hazard existingOnline, Hazard existingOffline, Hazard newTable,
            Consumer<SchemaChanges> change) {
        SchemaChanges existing = new SchemaChanges();
        change.accept(existing);
        SchemaChanges created = new SchemaChanges();
        created.createTable(table("t").column(column("c", TEXT)));
        change.accept(created);
        assertEquals(List.of(existingOnline, existingOffline, newTable), List.of(last(existing, true),
                last(existing, false), last(created, true)), () -> existing.operations().get(0).describe());
    }

    private static Hazard last(SchemaChanges changes, boolean online) {
        List<Hazard> hazards = hazards(changes, online);
        return hazards.get(hazards.size() - 1);
    }

    private static List<Hazard> hazards(SchemaChanges changes, boolean online) {
        return Classification.of(changes.operations(), online).stream().map(ClassifiedOperation::hazard).toList();
    }
}
