package dev.schemac.processor.diff;

import static dev.schemac.processor.diff.Diffs.assertBefore;
import static dev.schemac.processor.diff.Diffs.descriptions;
import static dev.schemac.processor.diff.Diffs.diff;
import static dev.schemac.processor.diff.Diffs.down;
import static dev.schemac.processor.diff.Diffs.schema;
import static dev.schemac.processor.diff.Diffs.up;
import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.BIGINT;
import static dev.schemac.schema.ColumnType.TEXT;
import static dev.schemac.schema.ColumnType.varchar;
import static dev.schemac.schema.ForeignKey.foreignKey;
import static dev.schemac.schema.Index.index;
import static dev.schemac.schema.Table.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.operation.CreateTable;
import dev.schemac.operation.DropTable;
import dev.schemac.processor.diff.Change.Kind;
import dev.schemac.processor.snapshot.Snapshot;
import dev.schemac.processor.testing.SampleSchemas;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole tables: creation order, foreign keys to new tables and cycles, schemas, unmapped tables, scale. */
class SchemaDiffTablesTest {
    private static final Table CUSTOMER = table("customer")
            .column(column("id", BIGINT).notNull())
            .column(column("email", varchar(255)).notNull())
            .primaryKey("customer_pkey", "id")
            .unique("customer_email_key", "email")
            .index(index("customer_email_idx", "email"));
    private static final Table ORDERS = table("orders")
            .column(column("id", BIGINT).notNull())
            .column(column("customer_id", BIGINT))
            .primaryKey("orders_pkey", "id")
            .foreignKey(foreignKey("orders_customer_fk", "customer_id").references("customer", "id"));

    @Test
    void equalSchemasNeedNoMigration() {
        DiffResult result = diff(SampleSchemas.shop(), SampleSchemas.shop());
        assertFalse(result.needsMigration());
        assertEquals(List.of(), result.changes());
        assertEquals(SampleSchemas.shop(), result.next().schema());
    }

    @Test
    void createsANewTableWithoutItsIndexesThenTheIndexes() {
        DiffResult result = diff(SchemaModel.EMPTY, schema(CUSTOMER));
        assertEquals(List.of("create table customer", "create index customer_email_idx on customer"), up(result));
        assertEquals(CUSTOMER.withIndexes(List.of()), ((CreateTable) result.up().get(0)).table());
        assertEquals(List.of("table customer is new"), descriptions(result));
        assertEquals(new Change.OfTable(QualifiedName.parse("customer")), result.changes().get(0).subject());
        assertEquals(Kind.ADDED, result.changes().get(0).kind());
    }

    @Test
    void dropsANewTableInDownWithoutApproval() {
        DiffResult result = diff(SchemaModel.EMPTY, schema(CUSTOMER));
        assertEquals(List.of(new DropTable(QualifiedName.parse("customer"), null)), result.down());
    }

    @Test
    void addsForeignKeysAfterEveryTableExists() {
        // "account" sorts before "owner", the table it references.
        Table account = table("account").column(column("id", BIGINT).notNull())
                .column(column("owner_id", BIGINT)).primaryKey("account_pkey", "id")
                .foreignKey(foreignKey("account_owner_fk", "owner_id").references("owner", "id"));
        Table owner = table("owner").column(column("id", BIGINT).notNull()).primaryKey("owner_pkey", "id");
        DiffResult result = diff(SchemaModel.EMPTY, schema(account, owner));
        assertEquals(List.of("create table account", "create table owner",
                "add foreign key account_owner_fk from account to owner"), up(result));
        assertEquals(List.of("drop constraint account_owner_fk on account", "drop table owner", "drop table account"),
                down(result));
    }

    @Test
    void createsTwoTablesThatReferenceEachOther() {
        Table a = table("a").column(column("id", BIGINT).notNull()).column(column("b_id", BIGINT))
                .primaryKey("a_pkey", "id").foreignKey(foreignKey("a_b_fk", "b_id").references("b", "id"));
        Table b = table("b").column(column("id", BIGINT).notNull()).column(column("a_id", BIGINT))
                .primaryKey("b_pkey", "id").foreignKey(foreignKey("b_a_fk", "a_id").references("a", "id"));
        DiffResult result = diff(SchemaModel.EMPTY, schema(a, b));
        assertEquals(List.of("create table a", "create table b", "add foreign key a_b_fk from a to b",
                "add foreign key b_a_fk from b to a"), up(result));
    }

    @Test
    void addsAForeignKeyFromAnExistingTableToANewOne() {
        Table orders = table("orders").column(column("id", BIGINT).notNull()).primaryKey("orders_pkey", "id");
        DiffResult result = diff(schema(orders), schema(CUSTOMER, ORDERS));
        assertBefore(up(result), "create table customer", "add column orders.customer_id");
        assertBefore(up(result), "add column orders.customer_id",
                "add foreign key orders_customer_fk from orders to customer");
        assertEquals(List.of("table customer is new", "column orders.customer_id is new",
                "foreign key orders_customer_fk on orders is new"), descriptions(result));
    }

    @Test
    void createsTheSchemaOfANewTableFirst() {
        Table invoice = table("billing.invoice").column(column("id", BIGINT).notNull());
        Table line = table("billing.line").column(column("id", BIGINT).notNull());
        DiffResult result = diff(SchemaModel.EMPTY, schema(invoice, line, table("public.note")
                .column(column("text", TEXT))));
        assertEquals(List.of("create schema billing", "create table billing.invoice", "create table billing.line",
                "create table public.note"), up(result));
    }

    @Test
    void doesNotCreateASchemaThatTheSnapshotAlreadyUses() {
        Table invoice = table("billing.invoice").column(column("id", BIGINT).notNull());
        Table line = table("billing.line").column(column("id", BIGINT).notNull());
        DiffResult result = diff(schema(invoice), schema(invoice, line));
        assertEquals(List.of("create table billing.line"), up(result));
    }

    @Test
    void keepsATableNoEntityMapsAndReportsIt() {
        Table legacy = table("legacy").column(column("id", BIGINT).notNull());
        DiffResult result = diff(schema(CUSTOMER, legacy), schema(CUSTOMER));
        assertFalse(result.needsMigration());
        assertEquals(List.of(new Change(Kind.RETAINED, new Change.OfTable(legacy.name()),
                "table legacy is no longer mapped")), result.changes());
        assertEquals(schema(CUSTOMER, legacy), result.next().schema());
    }

    @Test
    void keepsAForeignKeyToARetainedTable() {
        Table legacy = table("legacy").column(column("id", BIGINT).notNull()).primaryKey("legacy_pkey", "id");
        Table item = table("item").column(column("id", BIGINT).notNull()).column(column("legacy_id", BIGINT));
        Table itemWithKey = item.foreignKey(foreignKey("item_legacy_fk", "legacy_id").references("legacy", "id"));
        DiffResult result = diff(schema(legacy, itemWithKey), schema(item));
        assertFalse(result.needsMigration());
        assertEquals(schema(legacy, itemWithKey), result.next().schema());
    }

    @Test
    void anEmptyModelKeepsEverything() {
        DiffResult result = diff(SampleSchemas.shop(), SchemaModel.EMPTY);
        assertFalse(result.needsMigration());
        assertEquals(SampleSchemas.shop(), result.next().schema());
        assertTrue(result.changes().stream().allMatch(c -> c.kind() == Kind.RETAINED));
        assertEquals(6, result.changes().size(), descriptions(result).toString());
    }

    @Test
    void createsAWholeSchemaFromNothing() {
        DiffResult result = diff(SchemaModel.EMPTY, SampleSchemas.shop());
        assertEquals(SampleSchemas.shop(), result.next().schema());
        assertEquals("create schema sales", up(result).get(0));
    }

    @Test
    void scalesLinearlyWithTheNumberOfTables() {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            tables.add(table("t" + i).column(column("id", BIGINT).notNull()).column(column("parent_id", BIGINT))
                    .primaryKey("t" + i + "_pkey", "id")
                    .foreignKey(foreignKey("t" + i + "_fk", "parent_id").references("t" + (i / 2), "id")));
        }
        SchemaModel model = schema(tables.toArray(Table[]::new));
        SchemaModel changed = schema(tables.stream().map(t -> t.column(column("note", TEXT))).toArray(Table[]::new));
        long start = System.nanoTime();
        DiffResult result = SchemaDiff.compare(new Snapshot(model), changed);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(4000, result.up().size());
        assertTrue(millis < 2000, "took " + millis + " ms");
    }
}
