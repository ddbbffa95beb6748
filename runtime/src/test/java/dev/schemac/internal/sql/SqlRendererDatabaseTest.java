package dev.schemac.internal.sql;

import dev.schemac.testing.DatabaseTest;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.SchemaChanges;
import dev.schemac.schema.ReferentialAction;
import dev.schemac.schema.Sequence;
import dev.schemac.testing.Catalog;
import dev.schemac.testing.TestDatabase;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the rendered SQL of every operation kind on PostgreSQL and reads the result back from the catalog. */
@DatabaseTest
class SqlRendererDatabaseTest {
    private TestDatabase db;
    private Catalog catalog;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create();
        catalog = new Catalog(db.dataSource());
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void createsTablesWithReservedMixedCaseAndDollarNames() {
        createUserAndOrder();

        assertEquals(List.of("id bigint not null identity",
                "name character varying(100) not null default 'anon'::character varying"),
                catalog.columns("public", "user"));
        assertEquals(List.of("id bigint not null", "user bigint", "price$ numeric(10,2)"),
                catalog.columns("shop", "order"));
        assertEquals(List.of("Id bigint not null"), catalog.columns("shop", "Customer"));
        List<String> userConstraints = catalog.constraints("public", "user");
        assertEquals(3, userConstraints.size(), userConstraints.toString());
        assertTrue(userConstraints.get(0).startsWith("user_name_check CHECK ("), userConstraints.toString());
        assertEquals(List.of("user_name_key UNIQUE (name)", "user_pkey PRIMARY KEY (id)"),
                userConstraints.subList(1, 3));
        assertEquals(List.of("order_pkey PRIMARY KEY (id)",
                "order_user_fkey FOREIGN KEY (\"user\") REFERENCES \"user\"(id) ON DELETE CASCADE"),
                catalog.constraints("shop", "order"));
        assertEquals(List.of("CREATE INDEX \"Order_User\" ON shop.\"order\" USING btree (\"user\", \"price$\" DESC)",
                "CREATE UNIQUE INDEX order_pkey ON shop.\"order\" USING btree (id)"), catalog.indexes("shop", "order"));
        assertEquals(List.of("CREATE INDEX user_name_idx ON public.\"user\" USING btree (name DESC)",
                "CREATE UNIQUE INDEX user_name_key ON public.\"user\" USING btree (name)",
                "CREATE UNIQUE INDEX user_pkey ON public.\"user\" USING btree (id)"), catalog.indexes("public", "user"));

        db.execute("insert into \"user\" default values",
                "insert into shop.\"order\" (id, \"user\", \"price$\") select 1, id, 9.99 from \"user\"",
                "delete from \"user\"");
        assertEquals(List.of("0"), catalog.strings("select count(*) from shop.\"order\""), "cascade did not delete");
    }

    @Test
    void altersColumns() {
        createUserAndOrder();
        run(s -> {
            s.addColumn("user", column("Email", varchar(200)).notNull().defaultTo("''"));
            s.addColumn("shop.order", column("note", TEXT));
            s.dropColumn("shop.order", "price$", approveDataLoss("test"));
            s.alterColumnType("user", "Email", varchar(200), TEXT);
            s.addColumn("user", column("age", TEXT));
            s.alterColumnType("user", "age", TEXT, INTEGER, "age::integer", approveDataLoss("test"));
            s.dropNotNull("user", "name");
            s.dropDefault("user", "name");
            s.setNotNull("shop.order", "user");
            s.setDefault("shop.order", "note", "'none'");
        });
        assertEquals(List.of("id bigint not null identity", "name character varying(100)",
                "Email text not null default ''::character varying", "age integer"), catalog.columns("public", "user"));
        assertEquals(List.of("id bigint not null", "user bigint not null", "note text default 'none'::text"),
                catalog.columns("shop", "order"));
    }

    @Test
    void addsAndDropsConstraints() {
        run(s -> {
            s.createTable(table("parent").column(column("id", BIGINT).notNull()));
            s.createTable(table("child").column(column("id", BIGINT).notNull()).column(column("parent", BIGINT))
                    .column(column("code", varchar(10))));
            s.addPrimaryKey("parent", "Parent_PK", "id");
            s.addPrimaryKey("child", "child_pkey", "id");
            s.addUnique("child", "child_code_key", "code");
            s.addCheck("child", "child_code_check", "code <> 'x'");
            s.addForeignKey("child", foreignKey("child_parent_fkey", "parent").references("parent", "id")
                    .onDelete(ReferentialAction.SET_NULL));
        });
        List<String> constraints = catalog.constraints("public", "child");
        assertEquals(4, constraints.size(), constraints.toString());
        assertTrue(constraints.get(0).startsWith("child_code_check CHECK ("), constraints.toString());
        assertEquals(List.of("child_code_key UNIQUE (code)",
                "child_parent_fkey FOREIGN KEY (parent) REFERENCES parent(id) ON DELETE SET NULL",
                "child_pkey PRIMARY KEY (id)"), constraints.subList(1, 4));
        assertEquals(List.of("Parent_PK PRIMARY KEY (id)"), catalog.constraints("public", "parent"));

        run(s -> {
            s.dropConstraint("child", "child_parent_fkey");
            s.dropConstraint("child", "child_code_check");
            s.dropConstraint("parent", "Parent_PK");
        });
        assertEquals(List.of("child_code_key UNIQUE (code)", "child_pkey PRIMARY KEY (id)"),
                catalog.constraints("public", "child"));
        assertEquals(List.of(), catalog.constraints("public", "parent"));
    }

    @Test
    void createsAndDropsIndexesInTheTablesSchema() {
        createUserAndOrder();
        run(s -> {
            s.createIndex("shop.Customer", uniqueIndex("Customer_Id_desc", "Id desc"));
            s.createIndex("user", index("user_id_name", "id", "name desc"));
        });
        assertEquals(List.of("CREATE UNIQUE INDEX \"Customer_Id_desc\" ON shop.\"Customer\" USING btree (\"Id\" DESC)"),
                catalog.indexes("shop", "Customer"));
        assertTrue(catalog.indexes("public", "user")
                .contains("CREATE INDEX user_id_name ON public.\"user\" USING btree (id, name DESC)"));

        run(s -> {
            s.dropIndex("shop.Customer_Id_desc");
            s.dropIndex("shop.Order_User");
            s.dropIndex("user_id_name");
        });
        assertEquals(List.of(), catalog.indexes("shop", "Customer"));
        assertFalse(catalog.relationExists("shop", "Order_User"));
        assertFalse(catalog.relationExists("public", "user_id_name"));
    }

    @Test
    void createsAltersAndDropsSequences() {
        run(s -> {
            s.createSchema("Ids");
            s.createSequence(Sequence.sequence("Ids.Order_Seq", 1, 50));
            s.createSequence(Sequence.sequence("user_seq", 100, 1));
            s.createSequence(Sequence.sequence("down", -1, -1));
        });
        assertEquals(List.of("1 50"), catalog.sequence("Ids", "Order_Seq"));
        assertEquals(List.of("100 1"), catalog.sequence("public", "user_seq"));
        assertEquals(List.of("-1 -1"), catalog.sequence("public", "down"));
        assertEquals(List.of("1"), catalog.strings("select nextval('\"Ids\".\"Order_Seq\"')"));

        run(s -> s.alterSequence("Ids.Order_Seq", 10));
        assertEquals(List.of("1 10"), catalog.sequence("Ids", "Order_Seq"));
        assertEquals(List.of("11"), catalog.strings("select nextval('\"Ids\".\"Order_Seq\"')"), "current value lost");

        run(s -> {
            s.dropSequence("Ids.Order_Seq", approveDataLoss("test"));
            s.dropSequence("user_seq", approveDataLoss("test"));
        });
        assertEquals(List.of(), catalog.sequence("Ids", "Order_Seq"));
        assertEquals(List.of(), catalog.sequence("public", "user_seq"));
        assertTrue(catalog.schemaExists("Ids"));
    }

    @Test
    void dropsTablesAndRunsSql() {
        createUserAndOrder();
        run(s -> {
            s.sql("insert into \"user\" (name) values ('a'), ('b')");
            s.createTable(table("a$b").column(column("x", INTEGER)));
            s.dropTable("shop.order", approveDataLoss("test"));
            s.dropTable("shop.Customer", approveDataLoss("test"));
        });
        assertEquals(List.of("2"), catalog.strings("select count(*) from \"user\""));
        assertFalse(catalog.relationExists("shop", "order"));
        assertFalse(catalog.relationExists("shop", "Customer"));
        assertTrue(catalog.relationExists("public", "a$b"));
        run(s -> s.dropTable("user", approveDataLoss("test")));
        assertFalse(catalog.relationExists("public", "user"));
    }

    @Test
    void createsSchemaOnlyWhenMissing() {
        run(s -> s.createSchema("Sales"));
        db.execute("create table \"Sales\".keep (x int)");
        run(s -> s.createSchema("Sales"));
        assertTrue(catalog.relationExists("Sales", "keep"));
    }

    private void createUserAndOrder() {
        run(s -> {
            s.createSchema("shop");
            s.createTable(table("user")
                    .column(column("id", BIGINT).asIdentity())
                    .column(column("name", varchar(100)).notNull().defaultTo("'anon'"))
                    .primaryKey("user_pkey", "id")
                    .unique("user_name_key", "name")
                    .check("user_name_check", "name <> ''")
                    .index(index("user_name_idx", "name desc")));
            s.createTable(table("shop.order")
                    .column(column("id", BIGINT).notNull())
                    .column(column("user", BIGINT))
                    .column(column("price$", numeric(10, 2)))
                    .primaryKey("order_pkey", "id")
                    .foreignKey(foreignKey("order_user_fkey", "user").references("user", "id")
                            .onDelete(ReferentialAction.CASCADE))
                    .index(index("Order_User", "user", "price$ desc")));
            s.createTable(table("shop.Customer").column(column("Id", BIGINT).notNull()));
        });
    }

    private void run(Consumer<SchemaChanges> changes) {
        SchemaChanges schema = new SchemaChanges();
        changes.accept(schema);
        db.execute(new SqlRenderer().render(schema.operations()).toArray(String[]::new));
    }
}
