package dev.schemac.internal.sql;

import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.BIGINT;
import static dev.schemac.schema.ColumnType.TEXT;
import static dev.schemac.schema.ForeignKey.foreignKey;
import static dev.schemac.schema.Index.index;
import static dev.schemac.schema.Table.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.SchemaChanges;
import dev.schemac.schema.Sequence;
import dev.schemac.testing.Catalog;
import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the rendered renames on PostgreSQL: rows, keys, indexes and sequence values stay, under the new names. */
@DatabaseTest
class RenameRenderingDatabaseTest {
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
    void renamesKeepRowsKeysIndexesAndSequenceValues() {
        run(s -> {
            s.createSchema("shop");
            s.createSequence(Sequence.sequence("shop.client_seq", 1, 1));
            s.createTable(table("shop.client").column(column("id", BIGINT).notNull()).column(column("fax", TEXT))
                    .primaryKey("client_pkey", "id").index(index("client_fax_idx", "fax")));
            s.createTable(table("shop.orders").column(column("client_id", BIGINT))
                    .foreignKey(foreignKey("orders_client_id_fkey", "client_id").references("shop.client", "id")));
        });
        db.execute("insert into shop.client values (nextval('shop.client_seq'), '555')",
                "insert into shop.orders values (1)");

        run(s -> {
            s.renameTable("shop.client", "Customer");
            s.renameColumn("shop.Customer", "fax", "phone");
            s.renameConstraint("shop.Customer", "client_pkey", "Customer_pkey");
            s.renameIndex("shop.client_fax_idx", "customer_phone_idx");
            s.renameSequence("shop.client_seq", "customer_seq");
        });

        assertEquals(List.of("1|555"), catalog.strings("select concat_ws('|', id, phone) from shop.\"Customer\""));
        assertTrue(catalog.constraints("shop", "Customer").stream().anyMatch(c -> c.startsWith("Customer_pkey")),
                () -> catalog.constraints("shop", "Customer").toString());
        assertEquals(List.of("CREATE INDEX customer_phone_idx ON shop.\"Customer\" USING btree (phone)"),
                catalog.indexes("shop", "Customer").stream().filter(i -> i.contains("phone")).toList());
        assertTrue(catalog.constraints("shop", "orders").stream().anyMatch(c -> c.contains("\"Customer\"")),
                () -> catalog.constraints("shop", "orders").toString());
        assertFalse(catalog.relationExists("shop", "client_seq"));
        assertEquals(List.of("2"), catalog.strings("select nextval('shop.customer_seq')"));
    }

    private void run(Consumer<SchemaChanges> changes) {
        SchemaChanges schema = new SchemaChanges();
        changes.accept(schema);
        db.execute(new SqlRenderer().render(schema.operations()).toArray(String[]::new));
    }
}
