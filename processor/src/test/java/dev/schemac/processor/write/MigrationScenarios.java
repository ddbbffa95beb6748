package dev.schemac.processor.write;

import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.BIGINT;
import static dev.schemac.schema.ColumnType.BOOLEAN;
import static dev.schemac.schema.ColumnType.INTEGER;
import static dev.schemac.schema.ColumnType.TEXT;
import static dev.schemac.schema.ColumnType.varchar;
import static dev.schemac.schema.ForeignKey.foreignKey;
import static dev.schemac.schema.Index.index;
import static dev.schemac.schema.Table.table;

import dev.schemac.operation.AddCheck;
import dev.schemac.operation.AddColumn;
import dev.schemac.operation.AddForeignKey;
import dev.schemac.operation.AddPrimaryKey;
import dev.schemac.operation.AddUnique;
import dev.schemac.operation.AlterColumnType;
import dev.schemac.operation.AlterSequence;
import dev.schemac.operation.Approval;
import dev.schemac.operation.CreateIndex;
import dev.schemac.operation.CreateSchema;
import dev.schemac.operation.CreateSequence;
import dev.schemac.operation.CreateTable;
import dev.schemac.operation.DropColumn;
import dev.schemac.operation.DropConstraint;
import dev.schemac.operation.DropDefault;
import dev.schemac.operation.DropIndex;
import dev.schemac.operation.DropNotNull;
import dev.schemac.operation.DropSequence;
import dev.schemac.operation.DropTable;
import dev.schemac.operation.ExecuteSql;
import dev.schemac.operation.Operation;
import dev.schemac.operation.RenameColumn;
import dev.schemac.operation.RenameConstraint;
import dev.schemac.operation.RenameIndex;
import dev.schemac.operation.RenameSequence;
import dev.schemac.operation.RenameTable;
import dev.schemac.operation.SetDefault;
import dev.schemac.operation.SetNotNull;
import dev.schemac.processor.diff.Change;
import dev.schemac.processor.diff.Decisions;
import dev.schemac.processor.diff.DiffResult;
import dev.schemac.processor.diff.SchemaDiff;
import dev.schemac.processor.snapshot.Snapshot;
import dev.schemac.processor.testing.SampleSchemas;
import dev.schemac.schema.Check;
import dev.schemac.schema.ColumnRef;
import dev.schemac.schema.ColumnType;
import dev.schemac.schema.Index;
import dev.schemac.schema.IndexColumn;
import dev.schemac.schema.PrimaryKey;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.ReferentialAction;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Sequence;
import dev.schemac.schema.Table;
import dev.schemac.schema.Unique;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The migrations the writer tests generate, by golden file name. */
final class MigrationScenarios {
    static final String PACKAGE = "db.migration";

    private MigrationScenarios() {
    }

    static Map<String, MigrationSpec> all() {
        Map<String, MigrationSpec> all = new TreeMap<>();
        all.put("CreateShop", spec("20261121093000", "CreateShop", SchemaModel.EMPTY, SampleSchemas.shop()));
        all.put("AlterCustomer", new MigrationSpec(PACKAGE, "20261121093100", "AlterCustomer", SchemaDiff.compare(
                new Snapshot(schema(customer())), schema(customer()
                .withColumns(List.of(column("id", BIGINT).notNull(), column("email", varchar(320)).notNull(),
                        column("name", TEXT), column("points", INTEGER).notNull(),
                        column("nickname", TEXT).notNull(), column("vip", BOOLEAN).notNull().defaultTo("false")))),
                new Decisions(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(
                        new ColumnRef(QualifiedName.parse("customer"), "nickname"), "'customer ' || id")))));
        all.put("NarrowCustomerEmail", spec("20261121093200", "NarrowCustomerEmail", schema(customer()),
                schema(customer().withColumns(List.of(column("id", BIGINT).notNull(),
                        column("email", varchar(100)), column("name", ColumnType.of("tsvector")))))));
        all.put("Removals", spec("20261121093300", "Removals", schema(customer(), orders(), legacy()),
                schema(table("customer").column(column("id", BIGINT).notNull()).column(column("name", TEXT))
                        .primaryKey("customer_pkey", "id"), orders().withIndexes(List.of())
                        .withForeignKeys(List.of()))));
        all.put("EveryOperation", new MigrationSpec(PACKAGE, "1", "EveryOperation", everyOperation()));
        return all;
    }

    private static MigrationSpec spec(String version, String description, SchemaModel before, SchemaModel after) {
        return new MigrationSpec(PACKAGE, version, description, SchemaDiff.compare(new Snapshot(before), after));
    }

    private static Table customer() {
        return table("customer")
                .column(column("id", BIGINT).notNull())
                .column(column("email", varchar(255)).notNull())
                .column(column("name", TEXT))
                .primaryKey("customer_pkey", "id")
                .unique("customer_email_key", "email")
                .index(index("customer_name_idx", "name"));
    }

    private static Table orders() {
        return table("orders")
                .column(column("id", BIGINT).notNull())
                .column(column("customer_id", BIGINT).notNull())
                .column(column("note", TEXT))
                .primaryKey("orders_pkey", "id")
                .foreignKey(foreignKey("orders_customer_fk", "customer_id").references("customer", "id"))
                .index(index("orders_customer_idx", "customer_id"));
    }

    private static Table legacy() {
        return table("legacy").column(column("id", BIGINT).notNull()).primaryKey("legacy_pkey", "id");
    }

    private static SchemaModel schema(Table... tables) {
        return new SchemaModel(List.of(tables), List.of());
    }

    /** Every operation, every factory, approved and unapproved, and text that needs escaping in Java. */
    private static DiffResult everyOperation() {
        QualifiedName t = new QualifiedName("sales", "orders");
        Approval approval = Approval.approveDataLoss("the \"old\" data is archived\\elsewhere");
        Table table = table("sales.orders")
                .column(column("id", BIGINT).asIdentity())
                .column(column("big", ColumnType.sql("varchar(10) collate \"C\"")))
                .column(column("many", new ColumnType("mytype", List.of(1, 2, 3))))
                .column(column("code", ColumnType.character(3)).defaultTo("'abc'"))
                .column(column("at", ColumnType.timestamptz(3)).notNull().defaultTo("now()"))
                .column(column("t", ColumnType.time(0)))
                .column(column("ttz", ColumnType.timetz(6)))
                .column(column("ts", ColumnType.timestamp(6)))
                .column(column("amount", ColumnType.numeric(10, 2)))
                .column(column("n", ColumnType.numeric(10, 0)))
                .column(column("raw", ColumnType.of("int4")))
                .column(column("uuid", ColumnType.UUID))
                .primaryKey("orders_pkey", "id")
                .unique("orders_code_key", "code", "at")
                .check("orders_code_check", "code <> '\\u0041' and code ~ '^[a-z]+$'")
                .foreignKey(foreignKey("orders_self_fk", "n").references("sales.orders", "id")
                        .onDelete(ReferentialAction.SET_NULL))
                .index(new Index("orders_odd_idx", List.of(new IndexColumn("x desc", false)), true));
        List<Operation> operations = List.of(
                new CreateSchema("sales"),
                new CreateSequence(new Sequence(new QualifiedName("sales", "orders_seq"), 3_000_000_000L, -50)),
                new CreateTable(table),
                new AddColumn(t, column("note", TEXT)),
                new AlterColumnType(t, "note", TEXT, varchar(10), null, null),
                new AlterColumnType(t, "note", varchar(10), INTEGER, "note::integer", approval),
                new AlterColumnType(t, "note", INTEGER, BIGINT, null, null),
                new SetNotNull(t, "note"), new DropNotNull(t, "note"),
                new SetDefault(t, "note", "'x'"), new DropDefault(t, "note"),
                new AddPrimaryKey(t, new PrimaryKey("orders_pk", List.of("id", "note"))),
                new AddUnique(t, new Unique("orders_note_key", List.of("note"))),
                new AddCheck(t, new Check("orders_note_check", "note > 0")),
                new AddForeignKey(t, foreignKey("orders_fk", "note").references("customer", "id")),
                new DropConstraint(t, "orders_fk"),
                new CreateIndex(t, index("orders_note_idx", "note desc", "id")),
                new CreateIndex(t, Index.uniqueIndex("orders_note_uidx", "note")),
                new DropIndex(new QualifiedName("sales", "orders_note_idx")),
                new AlterSequence(new QualifiedName("sales", "orders_seq"), 1),
                new ExecuteSql("update sales.orders set note = 1 where note is null", null),
                new ExecuteSql("truncate sales.orders", null),
                new ExecuteSql("truncate sales.orders", approval),
                new DropColumn(t, "note", null), new DropColumn(t, "note", approval),
                new DropSequence(new QualifiedName("sales", "orders_seq"), null),
                new DropSequence(new QualifiedName("sales", "orders_seq"), approval),
                new DropTable(t, null), new DropTable(t, approval),
                new RenameTable(t, "purchase"), new RenameColumn(t, "note", "remark"),
                new RenameConstraint(t, "orders_pkey", "purchase_pkey"),
                new RenameIndex(new QualifiedName("sales", "orders_note_uidx"), "purchase_note_uidx"),
                new RenameSequence(new QualifiedName("sales", "orders_seq"), "purchase_seq"));
        List<Change> changes = List.of(new Change(Change.Kind.ADDED, new Change.OfTable(t),
                "table sales.orders is new: <b>bold</b> & */ @author \\u000a"));
        List<Operation> reversed = new ArrayList<>(operations);
        Collections.reverse(reversed);
        return new DiffResult(operations, reversed, changes, new Snapshot(SchemaModel.EMPTY), List.of());
    }
}
