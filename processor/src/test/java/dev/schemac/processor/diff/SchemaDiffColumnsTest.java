package dev.schemac.processor.diff;

import static dev.schemac.processor.diff.Diffs.descriptions;
import static dev.schemac.processor.diff.Diffs.diff;
import static dev.schemac.processor.diff.Diffs.down;
import static dev.schemac.processor.diff.Diffs.schema;
import static dev.schemac.processor.diff.Diffs.up;
import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.BIGINT;
import static dev.schemac.schema.ColumnType.BOOLEAN;
import static dev.schemac.schema.ColumnType.INTEGER;
import static dev.schemac.schema.ColumnType.TEXT;
import static dev.schemac.schema.ColumnType.numeric;
import static dev.schemac.schema.ColumnType.varchar;
import static dev.schemac.schema.Table.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.schemac.operation.AddColumn;
import dev.schemac.operation.AlterColumnType;
import dev.schemac.operation.DropColumn;
import dev.schemac.operation.DropDefault;
import dev.schemac.operation.DropNotNull;
import dev.schemac.operation.ExecuteSql;
import dev.schemac.operation.Risk;
import dev.schemac.operation.SetNotNull;
import dev.schemac.processor.diff.Change.Kind;
import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnRef;
import dev.schemac.schema.ColumnType;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** New, changed and unmapped columns: backfills, type conversions, nullability, defaults, identity. */
class SchemaDiffColumnsTest {
    private static final QualifiedName CUSTOMER = QualifiedName.parse("customer");
    private static final Table BASE = table("customer")
            .column(column("id", BIGINT).notNull())
            .primaryKey("customer_pkey", "id");

    private static DiffResult change(Column was, Column now) {
        return diff(schema(BASE.column(was)), schema(BASE.column(now)));
    }

    private static DiffResult add(Column column) {
        return diff(schema(BASE), schema(BASE.column(column)));
    }

    private static ColumnRef ref(String column) {
        return new ColumnRef(CUSTOMER, column);
    }

    @Test
    void addsANullableColumn() {
        DiffResult result = add(column("email", varchar(255)));
        assertEquals(List.of(new AddColumn(CUSTOMER, column("email", varchar(255)))), result.up());
        assertEquals(List.of(new DropColumn(CUSTOMER, "email", null)), result.down());
        assertEquals(List.of(new Change(Kind.ADDED, new Change.OfColumn(ref("email")), "column customer.email is new")),
                result.changes());
    }

    @Test
    void addsANotNullNumberNullableFillsItWithZeroThenMakesItNotNull() {
        DiffResult result = add(column("points", INTEGER).notNull());
        assertEquals(List.of(new AddColumn(CUSTOMER, column("points", INTEGER)),
                new ExecuteSql("update customer set points = 0 where points is null", null),
                new SetNotNull(CUSTOMER, "points")), result.up());
        assertEquals(List.of(new DropColumn(CUSTOMER, "points", null)), result.down());
        assertEquals(List.of(), result.backfills());
    }

    @Test
    void fillsANewNotNullBooleanWithFalse() {
        DiffResult result = add(column("vip", BOOLEAN).notNull());
        assertEquals(new ExecuteSql("update customer set vip = false where vip is null", null), result.up().get(1));
    }

    @Test
    void fillsEveryNumericTypeWithZero() {
        for (ColumnType type : List.of(ColumnType.SMALLINT, BIGINT, numeric(10, 2), ColumnType.REAL,
                ColumnType.DOUBLE_PRECISION, ColumnType.of("int4"))) {
            DiffResult result = add(column("amount", type).notNull());
            assertEquals(new ExecuteSql("update customer set amount = 0 where amount is null", null),
                    result.up().get(1), type.toString());
        }
    }

    @Test
    void leavesTheBackfillOfANewNotNullTextToAPerson() {
        DiffResult result = add(column("email", varchar(255)).notNull());
        assertEquals(List.of(new AddColumn(CUSTOMER, column("email", varchar(255))), new SetNotNull(CUSTOMER, "email")),
                result.up());
        assertEquals(List.of(ref("email")), result.backfills());
    }

    @Test
    void addsANotNullColumnWithADefaultInOneStep() {
        Column status = column("status", varchar(16)).notNull().defaultTo("'new'");
        DiffResult result = add(status);
        assertEquals(List.of(new AddColumn(CUSTOMER, status)), result.up());
    }

    @Test
    void addsAnIdentityColumnInOneStep() {
        Column number = column("number", BIGINT).asIdentity();
        assertEquals(List.of(new AddColumn(CUSTOMER, number)), add(number).up());
    }

    @Test
    void widensATypeWithoutConversionOrApproval() {
        DiffResult result = change(column("email", varchar(255)), column("email", varchar(320)));
        AlterColumnType alter = new AlterColumnType(CUSTOMER, "email", varchar(255), varchar(320), null, null);
        assertEquals(List.of(alter), result.up());
        assertEquals(Risk.SAFE, alter.risk());
        assertEquals(List.of(new AlterColumnType(CUSTOMER, "email", varchar(320), varchar(255), null, null)),
                result.down());
        assertEquals(List.of(new Change(Kind.CHANGED, new Change.OfColumn(ref("email")),
                "column customer.email changed from varchar(255) to varchar(320)")), result.changes());
    }

    @Test
    void narrowingATypeNeedsApprovalButIsNotApproved() {
        DiffResult result = change(column("email", varchar(320)), column("email", varchar(255)));
        AlterColumnType alter = (AlterColumnType) result.up().get(0);
        assertEquals(Risk.DESTRUCTIVE, alter.risk());
        assertFalse(alter.isAllowed());
        assertEquals(Kind.NEEDS_APPROVAL, result.changes().get(0).kind());
    }

    @Test
    void convertsExplicitlyWhenPostgresqlHasNoAssignmentCast() {
        AlterColumnType toNumber = (AlterColumnType) change(column("code", TEXT), column("code", INTEGER)).up().get(0);
        assertEquals("code::integer", toNumber.using());
        AlterColumnType back = (AlterColumnType) change(column("code", TEXT), column("code", INTEGER)).down().get(0);
        assertEquals(null, back.using(), "anything converts to text by itself");
        AlterColumnType toBoolean = (AlterColumnType) change(column("flag", INTEGER), column("flag", BOOLEAN))
                .up().get(0);
        assertEquals("flag::boolean", toBoolean.using());
    }

    @Test
    void convertsNumbersDatesAndTimesImplicitly() {
        assertEquals(null, ((AlterColumnType) change(column("n", INTEGER), column("n", numeric(12, 2))).up().get(0))
                .using());
        assertEquals(null, ((AlterColumnType) change(column("d", ColumnType.DATE),
                column("d", ColumnType.timestamptz(6))).up().get(0)).using());
    }

    @Test
    void makesAColumnNotNullAfterFillingItsNulls() {
        DiffResult result = change(column("points", INTEGER), column("points", INTEGER).notNull());
        assertEquals(List.of("execute SQL: update customer set points = 0 where points is null",
                "set not null on customer.points"), up(result));
        assertEquals(List.of("drop not null on customer.points"), down(result));
        assertEquals(List.of("column customer.points became NOT NULL"), descriptions(result));
    }

    @Test
    void fillsWithTheDefaultWhenTheColumnHasOne() {
        DiffResult result = change(column("status", TEXT), column("status", TEXT).notNull().defaultTo("'new'"));
        assertEquals(List.of("set default of customer.status to 'new'",
                "execute SQL: update customer set status = default where status is null",
                "set not null on customer.status"), up(result));
        assertEquals(List.of(), result.backfills());
    }

    @Test
    void reportsATextColumnBecomingNotNullForABackfill() {
        DiffResult result = change(column("email", TEXT), column("email", TEXT).notNull());
        assertEquals(List.of("set not null on customer.email"), up(result));
        assertEquals(List.of(ref("email")), result.backfills());
    }

    @Test
    void allowsNullWhenTheEntityDoes() {
        DiffResult result = change(column("email", TEXT).notNull(), column("email", TEXT));
        assertEquals(List.of(new DropNotNull(CUSTOMER, "email")), result.up());
        assertEquals(List.of(new SetNotNull(CUSTOMER, "email")), result.down());
        assertEquals(List.of("column customer.email became nullable"), descriptions(result));
    }

    @Test
    void setsChangesAndDropsDefaults() {
        assertEquals(List.of("set default of customer.n to 1"), up(change(column("n", INTEGER),
                column("n", INTEGER).defaultTo("1"))));
        DiffResult changed = change(column("n", INTEGER).defaultTo("1"), column("n", INTEGER).defaultTo("2"));
        assertEquals(List.of("set default of customer.n to 2"), up(changed));
        assertEquals(List.of("set default of customer.n to 1"), down(changed));
        assertEquals(List.of("the default of column customer.n changed from 1 to 2"), descriptions(changed));
        DiffResult dropped = change(column("n", INTEGER).defaultTo("1"), column("n", INTEGER));
        assertEquals(List.of("drop default of customer.n"), up(dropped));
        assertEquals(List.of("column customer.n lost its default 1"), descriptions(dropped));
    }

    @Test
    void makesAColumnAnIdentityAndMovesItPastTheExistingIds() {
        DiffResult result = change(column("number", BIGINT).notNull().defaultTo("0"),
                column("number", BIGINT).asIdentity());
        assertEquals(List.of(new DropDefault(CUSTOMER, "number"),
                new ExecuteSql("alter table customer alter column number add generated by default as identity", null),
                new ExecuteSql("select setval(pg_get_serial_sequence('customer', 'number'), coalesce(max(number), 0)"
                        + " + 1, false) from customer", null)), result.up());
        assertEquals(List.of("column customer.number lost its default 0",
                "column customer.number became an identity column"), descriptions(result));
    }

    @Test
    void dropsAnIdentityBeforeAllowingNull() {
        DiffResult result = change(column("number", BIGINT).asIdentity(), column("number", BIGINT));
        assertEquals(List.of(
                "execute SQL: alter table customer alter column number drop identity if exists",
                "drop not null on customer.number"), up(result));
    }

    @Test
    void keepsAnUnmappedColumnAndAllowsNullInIt() {
        DiffResult result = diff(schema(BASE.column(column("fax", TEXT).notNull()).column(column("name", TEXT))),
                schema(BASE.column(column("name", TEXT))));
        assertEquals(List.of(new DropNotNull(CUSTOMER, "fax")), result.up());
        assertEquals(List.of(
                new Change(Kind.RETAINED, new Change.OfColumn(ref("fax")), "column customer.fax is no longer mapped"),
                new Change(Kind.REMOVED, new Change.OfColumn(ref("fax")),
                        "column customer.fax is no longer mapped and must accept NULL")), result.changes());
        assertEquals(List.of("id", "fax", "name"), result.next().schema().tables().get(0).columns().stream()
                .map(Column::name).toList(), "a kept column stays where it was");
        assertEquals(true, result.next().schema().tables().get(0).findColumn("fax").orElseThrow().nullable());
    }

    @Test
    void keepsAnUnmappedColumnWithADefaultAsItIs() {
        DiffResult result = diff(schema(BASE.column(column("flag", BOOLEAN).notNull().defaultTo("false"))),
                schema(BASE));
        assertFalse(result.needsMigration());
        assertEquals(List.of("column customer.flag is no longer mapped"), descriptions(result));
    }

    @Test
    void keepsAnUnmappedKeyColumnNotNullWhileItIsInThePrimaryKey() {
        Table keyed = table("customer").column(column("id", BIGINT).notNull()).column(column("tenant", BIGINT)
                .notNull()).primaryKey("customer_pkey", "id", "tenant");
        Table withoutKey = table("customer").column(column("id", BIGINT).notNull());
        DiffResult result = diff(schema(keyed), schema(withoutKey));
        assertFalse(result.needsMigration());
        assertEquals(keyed, result.next().schema().tables().get(0));
    }

    @Test
    void releasesAnUnmappedKeyColumnWhenTheEntityHasAnotherPrimaryKey() {
        Table keyed = table("customer").column(column("code", TEXT).notNull()).column(column("id", BIGINT).notNull())
                .primaryKey("customer_pkey", "code");
        Table renamed = table("customer").column(column("id", BIGINT).notNull()).primaryKey("customer_pkey", "id");
        DiffResult result = diff(schema(keyed), schema(renamed));
        assertEquals(List.of("drop constraint customer_pkey on customer", "drop not null on customer.code",
                "add primary key customer_pkey on customer [id]"), up(result));
    }

    @Test
    void mapsAKeptColumnAgain() {
        Table kept = BASE.column(column("fax", TEXT));
        DiffResult result = diff(schema(kept), schema(BASE.column(column("fax", TEXT).notNull())));
        assertEquals(List.of("set not null on customer.fax"), up(result));
        assertEquals(List.of(ref("fax")), result.backfills());
    }

    @Test
    void addsANotNullColumnThatJoinsTheNewPrimaryKey() {
        Table plain = table("customer").column(column("id", BIGINT).notNull());
        Table keyed = plain.column(column("tenant", INTEGER).notNull()).primaryKey("customer_pkey", "id", "tenant");
        DiffResult result = diff(schema(plain), schema(keyed));
        assertEquals(List.of("add column customer.tenant",
                "execute SQL: update customer set tenant = 0 where tenant is null", "set not null on customer.tenant",
                "add primary key customer_pkey on customer [id, tenant]"), up(result));
    }

    @Test
    void keepsAnUnmappedIdentityColumnNotNull() {
        DiffResult result = diff(schema(BASE.column(column("number", BIGINT).asIdentity())), schema(BASE));
        assertFalse(result.needsMigration());
        assertEquals(List.of("column customer.number is no longer mapped"), descriptions(result));
    }
}
