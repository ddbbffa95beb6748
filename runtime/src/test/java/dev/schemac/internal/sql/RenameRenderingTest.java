package dev.schemac.internal.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemac.SchemaChanges;
import dev.schemac.operation.Risk;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The SQL of the rename operations: each keeps its object in its schema and quotes names where needed. */
class RenameRenderingTest {
    @Test
    void renamesTablesAndColumns() {
        assertEquals(List.of("alter table shop.client rename to customer",
                "alter table \"order\" rename column fax to \"Phone\""), render(s -> {
                    s.renameTable("shop.client", "customer");
                    s.renameColumn("order", "fax", "Phone");
                }));
    }

    @Test
    void renamesConstraintsIndexesAndSequences() {
        assertEquals(List.of("alter table customer rename constraint client_pkey to customer_pkey",
                "alter index shop.idx_client_name rename to \"idx_Customer\"",
                "alter sequence shop.client_seq rename to customer_seq"), render(s -> {
                    s.renameConstraint("customer", "client_pkey", "customer_pkey");
                    s.renameIndex("shop.idx_client_name", "idx_Customer");
                    s.renameSequence("shop.client_seq", "customer_seq");
                }));
    }

    @Test
    void renamesKeepData() {
        SchemaChanges changes = new SchemaChanges();
        changes.renameTable("a", "b");
        changes.renameColumn("b", "c", "d");
        assertEquals(List.of(Risk.SAFE, Risk.SAFE), changes.operations().stream().map(o -> o.risk()).toList());
        assertEquals("rename column b.c to d", changes.operations().get(1).describe());
    }

    @Test
    void refusesAnEmptyNewName() {
        assertThrows(IllegalArgumentException.class, () -> new SchemaChanges().renameColumn("a", "b", ""));
    }

    private static List<String> render(Consumer<SchemaChanges> changes) {
        SchemaChanges schema = new SchemaChanges();
        changes.accept(schema);
        return new SqlRenderer().render(schema.operations());
    }
}
