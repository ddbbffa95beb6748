package dev.schemac.processor.write;

import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.BIGINT;
import static dev.schemac.schema.ColumnType.TEXT;
import static dev.schemac.schema.Index.index;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.processor.diff.DiffResult;
import dev.schemac.processor.diff.SchemaDiff;
import dev.schemac.processor.snapshot.Snapshot;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Sequence;
import dev.schemac.schema.Table;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/** Migration descriptions and versions. */
class MigrationNamesTest {
    private static Table table(String name) {
        return Table.table(name).column(column("id", BIGINT).notNull());
    }

    private static String describe(List<Table> before, List<Table> after) {
        DiffResult diff = SchemaDiff.compare(new Snapshot(new SchemaModel(before, List.of())),
                new SchemaModel(after, List.of()));
        return MigrationNames.describe(diff);
    }

    @Test
    void namesNewTables() {
        assertEquals("CreateCustomer", describe(List.of(), List.of(table("customer"))));
        assertEquals("CreateCustomerAndOrderLine", describe(List.of(), List.of(table("customer"),
                table("order_line"))));
        assertEquals("CreateCustomerOrdersAndProduct", describe(List.of(), List.of(table("customer"),
                table("orders"), table("product"))));
        assertEquals("CreateAccountCustomerOrdersAndMore", describe(List.of(), List.of(table("customer"),
                table("orders"), table("product"), table("account"))));
    }

    @Test
    void namesNewTablesWithTheirSequences() {
        DiffResult diff = SchemaDiff.compare(Snapshot.EMPTY, new SchemaModel(List.of(table("customer")),
                List.of(Sequence.sequence("customer_seq", 1, 50))));
        assertEquals("CreateCustomer", MigrationNames.describe(diff));
    }

    @Test
    void namesColumnsAddedToOneTable() {
        Table customer = table("customer");
        assertEquals("AddCustomerEmail", describe(List.of(customer), List.of(customer.column(column("email", TEXT)
                .notNull()))));
        assertEquals("AddCustomerEmailAndLoyaltyPoints", describe(List.of(customer), List.of(customer
                .column(column("email", TEXT)).column(column("loyalty_points", BIGINT)))));
        assertEquals("AddColumnsToCustomer", describe(List.of(customer), List.of(customer.column(column("a", TEXT))
                .column(column("b", TEXT)).column(column("c", TEXT)).column(column("d", TEXT)))));
    }

    @Test
    void namesAnIndex() {
        Table product = table("product").column(column("name", TEXT));
        assertEquals("AddIndexOnProduct", describe(List.of(product), List.of(product.index(index("p_idx", "name")))));
    }

    @Test
    void namesOtherChangesToOneTable() {
        Table customer = table("customer").column(column("email", TEXT));
        assertEquals("AlterCustomer", describe(List.of(customer), List.of(table("customer")
                .column(column("email", TEXT).notNull()))));
        assertEquals("AlterCustomer", describe(List.of(customer.index(index("c_idx", "email"))), List.of(customer)));
    }

    @Test
    void namesChangesToSeveralTables() {
        Table customer = table("customer");
        assertEquals("UpdateCustomerAndOrders", describe(List.of(customer), List.of(customer.column(column("x",
                TEXT)), table("orders"))));
    }

    @Test
    void keepsDescriptionsShortAndValid() {
        List<Table> tables = new ArrayList<>();
        for (String name : List.of("a_very_long_table_name_for_customers", "another_very_long_table_name_for_orders",
                "yet_another_long_table_name")) {
            tables.add(table(name));
        }
        String description = describe(List.of(), tables);
        assertTrue(description.length() <= 80, description);
        assertTrue(SourceVersion.isIdentifier(description), description);
        assertEquals("CreateAVeryLongTableNameForCustomersAnotherVeryLongTableNameForOrdersAndMore", description);
        String single = describe(List.of(), List.of(table("x".repeat(200))));
        assertEquals(80, single.length());
    }

    @Test
    void turnsTypedTextIntoAnIdentifier() {
        assertEquals("AddLoyaltyPoints", MigrationNames.toIdentifier("add loyalty points"));
        assertEquals("AddLoyaltyPoints", MigrationNames.toIdentifier("AddLoyaltyPoints"));
        assertEquals("FixOrderLineV2", MigrationNames.toIdentifier("fix order_line (v2)!"));
        assertEquals("AddSku", MigrationNames.toIdentifier("add SKU"));
        assertEquals("Migration", MigrationNames.toIdentifier(" -- ÄÖ "));
        assertEquals(80, MigrationNames.toIdentifier("word ".repeat(40)).length());
    }

    @Test
    void versionsByUtcTime() {
        Instant now = Instant.parse("2026-11-21T09:30:05Z");
        assertEquals("20261121093005", MigrationNames.nextVersion(now, List.of()));
        assertEquals("20261121093005", MigrationNames.nextVersion(now, List.of(source("20261121093004"))));
    }

    @Test
    void versionsAfterTheNewestWhenTheClockIsNotAhead() {
        Instant now = Instant.parse("2026-11-21T09:30:05Z");
        assertEquals("20261121093006", MigrationNames.nextVersion(now, List.of(source("20261121093005"),
                source("3"))));
        assertEquals("20991231235960", MigrationNames.nextVersion(now, List.of(source("20991231235959"))));
        assertEquals("100000000000000000000", MigrationNames.nextVersion(now, List.of(source("99999999999999999999"))));
    }

    private static MigrationSource source(String version) {
        return new MigrationSource(Path.of("V" + version + "__X.java"), version, "X", "db.migration.V" + version
                + "__X", "0".repeat(64));
    }
}
