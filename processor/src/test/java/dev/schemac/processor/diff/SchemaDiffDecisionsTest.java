package dev.schemac.processor.diff;

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

import dev.schemac.schema.ColumnRef;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Sequence;
import dev.schemac.schema.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The people's decisions in the diff: renames with their derived names, decided drops, backfills, advice. */
class SchemaDiffDecisionsTest {
    private static final QualifiedName CLIENT = QualifiedName.parse("client");
    private static final QualifiedName CUSTOMER = QualifiedName.parse("customer");

    private static Table client(String table, String email) {
        return table(table)
                .column(column("id", BIGINT).notNull())
                .column(column(email, varchar(255)).notNull())
                .column(column("fax", TEXT))
                .primaryKey(table + "_pkey", "id")
                .unique(table + "_" + email + "_key", email)
                .check(table + "_id_check", "id > 0")
                .index(index(table + "_" + email + "_idx", email))
                .index(index("explicit_idx", email));
    }

    private static Table orders(String target) {
        return table("orders").column(column("id", BIGINT).notNull()).column(column(target + "_id", BIGINT))
                .primaryKey("orders_pkey", "id")
                .foreignKey(foreignKey("orders_" + target + "_id_fkey", target + "_id").references(target, "id"));
    }

    private static Decisions renames(Map<QualifiedName, String> tables, Map<ColumnRef, String> columns) {
        return new Decisions(tables, columns, Map.of(), Map.of(), Map.of());
    }

    @Test
    void aRenamedTableRenamesItsDerivedNamesAndSequenceAndKeepsExplicitOnes() {
        SchemaModel before = new SchemaModel(List.of(client("client", "email"), orders("client")),
                List.of(new Sequence(QualifiedName.parse("client_seq"), 1, 50)));
        SchemaModel after = new SchemaModel(List.of(client("customer", "email"), orders("customer")),
                List.of(new Sequence(QualifiedName.parse("customer_seq"), 1, 50)));
        Decisions decisions = renames(Map.of(CUSTOMER, "client"),
                Map.of(new ColumnRef(QualifiedName.parse("orders"), "customer_id"), "client_id"));

        DiffResult result = diff(before, after, decisions);

        assertEquals(List.of("rename table client to customer",
                "rename column orders.client_id to customer_id",
                "rename constraint client_pkey on customer to customer_pkey",
                "rename constraint client_email_key on customer to customer_email_key",
                "rename constraint client_id_check on customer to customer_id_check",
                "rename index client_email_idx to customer_email_idx",
                "rename constraint orders_client_id_fkey on orders to orders_customer_id_fkey",
                "rename sequence client_seq to customer_seq"), up(result));
        assertEquals(List.of(), result.advice());
        assertEquals(List.of("rename sequence customer_seq to client_seq"), down(result).subList(0, 1));
    }

    @Test
    void aRenamedColumnIsRenamedThenItsTypeChanges() {
        Table before = client("customer", "email");
        Table after = client("customer", "mail").withColumns(List.of(column("id", BIGINT).notNull(),
                column("mail", varchar(320)).notNull(), column("fax", TEXT)));

        DiffResult result = diff(schema(before), schema(after),
                renames(Map.of(), Map.of(new ColumnRef(CUSTOMER, "mail"), "email")));

        assertEquals(List.of("rename column customer.email to mail",
                "rename constraint customer_email_key on customer to customer_mail_key",
                "rename index customer_email_idx to customer_mail_idx",
                "change type of customer.mail from varchar(255) to varchar(320)"), up(result));
        assertEquals(List.of("column customer.email was renamed to mail",
                "constraint customer_email_key on customer was renamed to customer_mail_key",
                "index customer_email_idx on customer was renamed to customer_mail_idx",
                "column customer.mail changed from varchar(255) to varchar(320)"), descriptions(result));
    }

    @Test
    void aRenameAlreadyDoneDoesNothingAndAMissingSourceIsAdvised() {
        SchemaModel model = schema(client("customer", "email"));

        DiffResult done = diff(model, model, renames(Map.of(CUSTOMER, "client"),
                Map.of(new ColumnRef(CUSTOMER, "email"), "mail")));
        DiffResult missing = diff(model, model, renames(Map.of(QualifiedName.parse("shopper"), "buyer"),
                Map.of(new ColumnRef(CUSTOMER, "phone"), "telephone")));

        assertEquals(List.of(), done.up());
        assertEquals(List.of(), done.advice());
        assertEquals(List.of(new Advice(Advice.Kind.RENAME_SOURCE_MISSING, new Change.OfTable(
                QualifiedName.parse("shopper")), "buyer"), new Advice(Advice.Kind.RENAME_SOURCE_MISSING,
                new Change.OfColumn(new ColumnRef(CUSTOMER, "phone")), "telephone")), missing.advice());
    }

    @Test
    void aDecidedColumnDropGoesAfterItsConstraintsWithTheReason() {
        Table before = client("customer", "email");
        Table after = table("customer").column(column("id", BIGINT).notNull()).column(column("fax", TEXT))
                .primaryKey("customer_pkey", "id").check("customer_id_check", "id > 0");
        Decisions decisions = new Decisions(Map.of(), Map.of(),
                Map.of(new ColumnRef(CUSTOMER, "email"), "mail goes through the CRM"), Map.of(), Map.of());

        DiffResult result = diff(schema(before.withColumns(List.of(column("id", BIGINT).notNull(),
                column("email", varchar(255)), column("fax", TEXT)))), schema(after), decisions);

        assertEquals(List.of("drop constraint customer_email_key on customer", "drop index customer_email_idx",
                "drop index explicit_idx", "drop column customer.email"), up(result));
        assertEquals("mail goes through the CRM", result.up().get(3).approval().reason());
        assertEquals(List.of(), result.changes().stream().filter(c -> c.kind() == Change.Kind.RETAINED).toList());
    }

    @Test
    void aDecidedTableDropTakesTheForeignKeysToItFirst() {
        SchemaModel before = schema(client("client", "email"), orders("client"));
        Table ordersAfter = table("orders").column(column("id", BIGINT).notNull()).column(column("client_id", BIGINT))
                .primaryKey("orders_pkey", "id");
        Decisions decisions = new Decisions(Map.of(), Map.of(), Map.of(), Map.of(CLIENT, "merged into account"),
                Map.of());

        DiffResult result = diff(before, schema(ordersAfter), decisions);

        assertEquals(List.of("drop constraint orders_client_id_fkey on orders", "drop table client"), up(result));
        assertEquals(List.of("table client is dropped with its rows (merged into account)",
                "foreign key orders_client_id_fkey on orders was removed"), descriptions(result));
    }

    @Test
    void decisionsAboutMappedOrGoneThingsAreAdvised() {
        SchemaModel model = schema(client("customer", "email"));
        Decisions decisions = new Decisions(Map.of(), Map.of(), Map.of(new ColumnRef(CUSTOMER, "email"), "x",
                new ColumnRef(CUSTOMER, "pager"), "y"), Map.of(CUSTOMER, "z", CLIENT, "w"), Map.of());

        DiffResult result = diff(model, model, decisions);

        assertEquals(List.of(), result.up());
        assertEquals(List.of(
                new Advice(Advice.Kind.DROP_STILL_MAPPED, new Change.OfColumn(new ColumnRef(CUSTOMER, "email")), null),
                new Advice(Advice.Kind.DROP_DONE, new Change.OfColumn(new ColumnRef(CUSTOMER, "pager")), null),
                new Advice(Advice.Kind.DROP_DONE, new Change.OfTable(CLIENT), null),
                new Advice(Advice.Kind.DROP_STILL_MAPPED, new Change.OfTable(CUSTOMER), null)), result.advice());
    }

    @Test
    void aBackfillFillsANewRequiredColumn() {
        Table before = table("customer").column(column("id", BIGINT).notNull());
        Table after = before.column(column("code", TEXT).notNull());
        Decisions decisions = new Decisions(Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of(new ColumnRef(CUSTOMER, "code"), "'C' || id"));

        DiffResult result = diff(schema(before), schema(after), decisions);

        assertEquals(List.of(), result.backfills());
        assertEquals(List.of("add column customer.code", "execute SQL: update customer set code = 'C' || id where code is null",
                "set not null on customer.code"), up(result));
    }

    @Test
    void aLikelyRenameIsAdvisedButNotActedOn() {
        Table before = table("customer").column(column("id", BIGINT).notNull()).column(column("fax", TEXT))
                .column(column("note", varchar(10)));
        Table after = table("customer").column(column("id", BIGINT).notNull()).column(column("telefax", TEXT))
                .column(column("note", varchar(10)));
        Table legacy = table("legacy").column(column("id", BIGINT).notNull());
        Table archive = table("archive").column(column("id", BIGINT).notNull());

        DiffResult result = diff(schema(before, legacy), schema(after, archive));

        assertEquals(List.of(new Advice(Advice.Kind.LIKELY_RENAME,
                new Change.OfColumn(new ColumnRef(CUSTOMER, "telefax")), "fax"),
                new Advice(Advice.Kind.LIKELY_RENAME, new Change.OfTable(QualifiedName.parse("archive")), "legacy")),
                result.advice());
        assertEquals(List.of("create table archive", "add column customer.telefax"), up(result));
    }
}
