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
import static dev.schemac.schema.ForeignKey.foreignKey;
import static dev.schemac.schema.Index.index;
import static dev.schemac.schema.Index.uniqueIndex;
import static dev.schemac.schema.Table.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.schemac.operation.AddUnique;
import dev.schemac.operation.DropConstraint;
import dev.schemac.operation.DropIndex;
import dev.schemac.processor.diff.Change.Kind;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.ReferentialAction;
import dev.schemac.schema.Table;
import dev.schemac.schema.Unique;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Constraints and indexes: matched by name, replaced when changed, kept on unmapped data, key rebuilds. */
class SchemaDiffConstraintsTest {
    private static final QualifiedName CUSTOMER = QualifiedName.parse("customer");
    private static final Table BASE = table("customer")
            .column(column("id", BIGINT).notNull())
            .column(column("email", TEXT))
            .column(column("name", TEXT))
            .primaryKey("customer_pkey", "id");
    private static final Table ORDERS = table("orders")
            .column(column("id", BIGINT).notNull())
            .column(column("customer_id", BIGINT))
            .primaryKey("orders_pkey", "id")
            .foreignKey(foreignKey("orders_customer_fk", "customer_id").references("customer", "id"));

    @Test
    void addsAUniqueConstraint() {
        DiffResult result = diff(schema(BASE), schema(BASE.unique("customer_email_key", "email")));
        assertEquals(List.of(new AddUnique(CUSTOMER, new Unique("customer_email_key", List.of("email")))),
                result.up());
        assertEquals(List.of(new DropConstraint(CUSTOMER, "customer_email_key")), result.down());
        assertEquals(List.of(new Change(Kind.ADDED, new Change.OfTable(CUSTOMER),
                "unique constraint customer_email_key on customer is new")), result.changes());
    }

    @Test
    void dropsAUniqueConstraintTheEntityNoLongerDeclares() {
        DiffResult result = diff(schema(BASE.unique("customer_email_key", "email")), schema(BASE));
        assertEquals(List.of(new DropConstraint(CUSTOMER, "customer_email_key")), result.up());
        assertEquals(List.of(new Change(Kind.REMOVED, new Change.OfTable(CUSTOMER),
                "unique constraint customer_email_key on customer was removed")), result.changes());
    }

    @Test
    void replacesAChangedUniqueConstraint() {
        DiffResult result = diff(schema(BASE.unique("customer_key", "email")),
                schema(BASE.unique("customer_key", "email", "name")));
        assertEquals(List.of("drop constraint customer_key on customer",
                "add unique constraint customer_key on customer [email, name]"), up(result));
        assertEquals(List.of("unique constraint customer_key on customer changed from (email) to (email, name)"),
                descriptions(result));
    }

    @Test
    void replacesAChangedCheck() {
        DiffResult result = diff(schema(BASE.check("customer_email_check", "email like '%@%'")),
                schema(BASE.check("customer_email_check", "length(email) > 3")));
        assertEquals(List.of("drop constraint customer_email_check on customer",
                "add check constraint customer_email_check on customer"), up(result));
        assertEquals(List.of("check constraint customer_email_check on customer changed from email like '%@%'"
                + " to length(email) > 3"), descriptions(result));
    }

    @Test
    void createsChangesAndDropsIndexes() {
        DiffResult added = diff(schema(BASE), schema(BASE.index(index("customer_name_idx", "name"))));
        assertEquals(List.of("create index customer_name_idx on customer"), up(added));
        assertEquals(List.of("index customer_name_idx on customer is new"), descriptions(added));
        DiffResult changed = diff(schema(BASE.index(index("customer_name_idx", "name"))),
                schema(BASE.index(uniqueIndex("customer_name_idx", "name", "email desc"))));
        assertEquals(List.of("drop index customer_name_idx", "create index customer_name_idx on customer"),
                up(changed));
        assertEquals(List.of("index customer_name_idx on customer changed from (name) to unique (name, email desc)"),
                descriptions(changed));
    }

    @Test
    void dropsAnIndexInItsTablesSchema() {
        Table sales = table("sales.item").column(column("id", BIGINT).notNull()).column(column("name", TEXT));
        DiffResult result = diff(schema(sales.index(index("item_name_idx", "name"))), schema(sales));
        assertEquals(List.of(new DropIndex(new QualifiedName("sales", "item_name_idx"))), result.up());
    }

    @Test
    void replacesAChangedForeignKeyFirstAndLast() {
        Table cascading = ORDERS.withForeignKeys(List.of(foreignKey("orders_customer_fk", "customer_id")
                .references("customer", "id").onDelete(ReferentialAction.CASCADE)));
        Table withIndex = cascading.index(index("orders_customer_idx", "customer_id"));
        DiffResult result = diff(schema(BASE, ORDERS), schema(BASE, withIndex));
        assertEquals(List.of("drop constraint orders_customer_fk on orders",
                "create index orders_customer_idx on orders",
                "add foreign key orders_customer_fk from orders to customer"), up(result));
        assertEquals(List.of("foreign key orders_customer_fk on orders changed from (customer_id) references"
                + " customer (id) to (customer_id) references customer (id) on delete cascade",
                "index orders_customer_idx on orders is new"), descriptions(result));
    }

    @Test
    void dropsForeignKeysBeforeTheKeyTheyReferenceAndAddsThemBackAfter() {
        Table renamedKey = BASE.withPrimaryKey(null).primaryKey("customer_pk", "id");
        DiffResult result = diff(schema(BASE, ORDERS), schema(renamedKey, ORDERS));
        assertEquals(List.of("drop constraint orders_customer_fk on orders",
                "drop constraint customer_pkey on customer",
                "add primary key customer_pk on customer [id]",
                "add foreign key orders_customer_fk from orders to customer"), up(result));
        assertEquals(List.of("primary key on customer changed from customer_pkey (id) to customer_pk (id)"),
                descriptions(result));
    }

    @Test
    void keepsConstraintsAndIndexesOnAnUnmappedColumn() {
        Table before = BASE.unique("customer_email_key", "email").check("customer_email_check", "Email <> ''")
                .index(index("customer_email_idx", "email"))
                .foreignKey(foreignKey("customer_email_fk", "email").references("contact", "email"));
        Table contact = table("contact").column(column("email", TEXT).notNull()).primaryKey("contact_pkey", "email");
        Table withoutEmail = table("customer").column(column("id", BIGINT).notNull()).column(column("name", TEXT))
                .primaryKey("customer_pkey", "id");
        DiffResult result = diff(schema(before, contact), schema(withoutEmail, contact));
        assertFalse(result.needsMigration(), up(result).toString());
        assertEquals(before, result.next().schema().findTable(CUSTOMER).orElseThrow());
    }

    @Test
    void dropsAConstraintThatMentionsAnUnmappedColumnOnlyInAString() {
        Table before = BASE.check("customer_name_check", "name <> 'email'");
        Table withoutEmail = table("customer").column(column("id", BIGINT).notNull()).column(column("name", TEXT))
                .primaryKey("customer_pkey", "id");
        DiffResult result = diff(schema(before), schema(withoutEmail));
        assertEquals(List.of(new DropConstraint(CUSTOMER, "customer_name_check")), result.up());
    }

    @Test
    void dropsAForeignKeyOfARetainedTableWhoseKeyIsGone() {
        Table keyedByCode = table("customer").column(column("id", BIGINT).notNull()).column(column("code", TEXT)
                .notNull()).primaryKey("customer_pkey", "code");
        Table legacy = table("legacy").column(column("code", TEXT))
                .foreignKey(foreignKey("legacy_customer_fk", "code").references("customer", "code"));
        Table keyedById = table("customer").column(column("id", BIGINT).notNull()).column(column("code", TEXT)
                .notNull()).primaryKey("customer_pkey", "id");
        DiffResult result = diff(schema(keyedByCode, legacy), schema(keyedById));
        assertBefore(up(result), "drop constraint legacy_customer_fk on legacy",
                "drop constraint customer_pkey on customer");
        assertEquals(List.of("primary key on customer changed from customer_pkey (code) to customer_pkey (id)",
                "table legacy is no longer mapped", "foreign key legacy_customer_fk on legacy was removed"),
                descriptions(result));
        assertEquals(List.of(), result.next().schema().findTable(legacy.name()).orElseThrow().foreignKeys());
    }

    @Test
    void undoesConstraintChangesInReverse() {
        DiffResult result = diff(schema(BASE.unique("customer_key", "email")),
                schema(BASE.unique("customer_key", "name")));
        assertEquals(List.of("drop constraint customer_key on customer",
                "add unique constraint customer_key on customer [email]"), down(result));
    }

    @Test
    void rebuildsTheForeignKeyOfARetainedTableWhenTheKeyItReferencesIsRebuilt() {
        Table legacy = table("legacy").column(column("customer_id", BIGINT))
                .foreignKey(foreignKey("legacy_customer_fk", "customer_id").references("customer", "id"));
        Table renamedKey = BASE.withPrimaryKey(null).primaryKey("customer_pk", "id");
        DiffResult result = diff(schema(BASE, legacy), schema(renamedKey));
        assertEquals(List.of("drop constraint legacy_customer_fk on legacy",
                "drop constraint customer_pkey on customer",
                "add primary key customer_pk on customer [id]",
                "add foreign key legacy_customer_fk from legacy to customer"), up(result));
    }

    @Test
    void rebuildsForeignKeysThatReferenceAChangedUniqueIndex() {
        Table keyed = BASE.index(uniqueIndex("customer_email_uidx", "email"));
        Table rekeyed = BASE.index(uniqueIndex("customer_email_uidx", "email desc"));
        Table contact = table("contact").column(column("email", TEXT))
                .foreignKey(foreignKey("contact_customer_fk", "email").references("customer", "email"));
        DiffResult result = diff(schema(keyed, contact), schema(rekeyed, contact));
        assertEquals(List.of("drop constraint contact_customer_fk on contact", "drop index customer_email_uidx",
                "create index customer_email_uidx on customer",
                "add foreign key contact_customer_fk from contact to customer"), up(result));
    }
}
