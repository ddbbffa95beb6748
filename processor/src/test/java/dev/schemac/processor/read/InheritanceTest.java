package dev.schemac.processor.read;

import static dev.schemac.processor.read.ReadHarness.read;
import static dev.schemac.processor.read.ReadHarness.source;
import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.BIGINT;
import static dev.schemac.schema.ColumnType.INTEGER;
import static dev.schemac.schema.ColumnType.character;
import static dev.schemac.schema.ColumnType.varchar;
import static dev.schemac.schema.ForeignKey.foreignKey;
import static dev.schemac.schema.Sequence.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.processor.Options.NamingStyle;
import dev.schemac.processor.read.ReadHarness.Reading;
import dev.schemac.schema.Index;
import dev.schemac.schema.IndexColumn;
import dev.schemac.schema.Table;
import dev.schemac.schema.Unique;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entity inheritance as Hibernate 7 maps it on PostgreSQL, each case checked against Hibernate's own DDL. */
class InheritanceTest {
    @Test
    void singleTableIsTheDefaultWithADiscriminatorAndChecksForRequiredSubclassColumns() {
        Reading reading = read(source("Payment", "@Entity public class Payment { @Id @GeneratedValue Long id;"
                        + " long amount; }"),
                source("Card", """
                        @Entity public class Card extends Payment {
                            int digits;
                            @Column(nullable = false) String holder;
                            @ManyToOne(optional = false) Owner owner;
                            @Column(unique = true) String token;
                        }
                        """),
                source("Owner", "@Entity public class Owner { @Id Long id; }"));

        assertEquals(Table.table("payment")
                .column(column("id", BIGINT).notNull())
                .column(column("amount", BIGINT).notNull())
                .column(column("dtype", varchar(31)).notNull())
                .column(column("digits", INTEGER))
                .column(column("holder", varchar(255)).notNull())
                .column(column("owner_id", BIGINT))
                .column(column("token", varchar(255)))
                .primaryKey("payment_pkey", "id")
                .unique("payment_token_key", "token")
                .check("payment_dtype_check", "dtype in ('Payment','Card')")
                .check("payment_dtype_card_check", "dtype <> 'Card' or (digits is not null and owner_id is not null)")
                .foreignKey(foreignKey("payment_owner_id_fkey", "owner_id").references("owner", "id")),
                reading.table("payment"));
        assertEquals(List.of(sequence("payment_seq", 1, 50)), reading.model().sequences());
    }

    @Test
    void theRootsTableAnnotationsMayNameSubclassColumns() {
        Table payment = read(source("Payment", """
                        @Entity @Table(indexes = @Index(columnList = "DTYPE, iban"),
                                uniqueConstraints = @UniqueConstraint(columnNames = "token"))
                        public abstract class Payment { @Id Long id; }
                        """),
                source("Bank", "@Entity public class Bank extends Payment { String iban; }"),
                source("Card", "@Entity public class Card extends Payment { String token; }")).table("payment");

        assertEquals(List.of(new Index("payment_dtype_iban_idx", List.of(new IndexColumn("dtype", false),
                new IndexColumn("iban", false)), false)), payment.indexes());
        assertEquals(List.of(new Unique("payment_token_key", List.of("token"))), payment.uniques());
    }

    @Test
    void aSubSubclassIsCheckedForItsParentsColumnsTooAndAbstractClassesHaveNoValue() {
        Reading reading = read(source("Vehicle", """
                        @Entity @Table(name = "vehicles")
                        @DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.INTEGER)
                        public abstract class Vehicle { @Id Long id; }
                        """),
                source("Car", "@Entity @DiscriminatorValue(\"2\") public class Car extends Vehicle { boolean electric; }"),
                source("Truck", "@Entity @DiscriminatorValue(\"3\") public class Truck extends Vehicle { int wheels; }"),
                source("BigTruck", "@Entity public class BigTruck extends Truck { int axles; }"));

        Table vehicles = reading.table("vehicles");
        assertEquals(column("kind", INTEGER).notNull(), vehicles.columns().get(1));
        // BigTruck has no value: an INTEGER discriminator defaults to the entity name's hashCode()
        assertEquals(List.of("kind in (" + "BigTruck".hashCode() + ",2,3)",
                "kind <> 2 or (electric is not null)",
                "kind <> 3 or (wheels is not null)",
                "kind <> " + "BigTruck".hashCode() + " or (wheels is not null and axles is not null)"),
                vehicles.checks().stream().map(c -> c.expression()).toList());
    }

    @Test
    void aSubclassCheckCoversItsParentsAttributesButNotTheGrandparents() {
        Table root = read(source("Root", "@Entity public class Root { @Id Long id; @Column int rootNum; }"),
                source("Mid", "@Entity public class Mid extends Root { int midNum; }"),
                source("Leaf", "@Entity public class Leaf extends Mid { int leafNum; }")).table("root");

        // Hibernate 7 checks the properties of the parent class and its own (SingleTableSubclass.createConstraints)
        assertEquals(List.of("dtype in ('Root','Leaf','Mid')",
                "dtype <> 'Mid' or (rootnum is not null and midnum is not null)",
                "dtype <> 'Leaf' or (midnum is not null and leafnum is not null)"),
                root.checks().stream().map(c -> c.expression()).toList());
    }

    @Test
    void aCharDiscriminatorAndSpringNaming() {
        Reading reading = read(NamingStyle.SPRING, source("Shape", """
                        @Entity @DiscriminatorColumn(discriminatorType = DiscriminatorType.CHAR)
                        @DiscriminatorValue("S") public class Shape { @Id Long id; }
                        """),
                source("Circle", "@Entity @DiscriminatorValue(\"C\") public class Circle extends Shape { Integer radius; }"));

        Table shape = reading.table("shape");
        assertTrue(shape.columns().contains(column("dtype", character(1)).notNull()), shape.columns()::toString);
        assertEquals(List.of("dtype in ('S','C')"), shape.checks().stream().map(c -> c.expression()).toList());
    }

    @Test
    void aRootWithADiscriminatorColumnAndNoSubclassHasOne() {
        Table named = read(source("Named", "@Entity @DiscriminatorColumn(name = \"nt\", length = 10)"
                + " public class Named { @Id Long id; }")).table("named");

        assertEquals(Table.table("named")
                .column(column("id", BIGINT).notNull())
                .column(column("nt", varchar(10)).notNull())
                .primaryKey("named_pkey", "id")
                .check("named_nt_check", "nt in ('Named')"), named);
    }

    @Test
    void joinedSubclassesHaveTablesWhoseKeyIsAForeignKeyToTheParent() {
        Reading reading = read(source("Account", """
                        @Entity @Inheritance(strategy = InheritanceType.JOINED)
                        public abstract class Account { @Id @GeneratedValue Long id; String name; }
                        """),
                source("Savings", "@Entity @Table(name = \"savings_account\") public class Savings extends Account"
                        + " { double rate; }"),
                source("Checking", "@Entity @PrimaryKeyJoinColumn(name = \"chk_id\") public class Checking extends"
                        + " Account { int overdraft; }"),
                source("Premium", "@Entity public class Premium extends Savings { int bonus; }"),
                source("Order", "@Entity @Table(name = \"orders\") public class Order { @Id Long id;"
                        + " @ManyToOne Checking checking; @ManyToOne Premium premium; }"));

        assertEquals(Table.table("account")
                .column(column("id", BIGINT).notNull())
                .column(column("name", varchar(255)))
                .primaryKey("account_pkey", "id"), reading.table("account"));
        assertEquals(Table.table("checking")
                .column(column("overdraft", INTEGER).notNull())
                .column(column("chk_id", BIGINT).notNull())
                .primaryKey("checking_pkey", "chk_id")
                .foreignKey(foreignKey("checking_chk_id_fkey", "chk_id").references("account", "id")),
                reading.table("checking"));
        assertEquals(List.of(foreignKey("premium_id_fkey", "id").references("savings_account", "id")),
                reading.table("premium").foreignKeys());
        // the implicit join column is named after the subclass's own key column
        assertEquals(List.of(foreignKey("orders_checking_chk_id_fkey", "checking_chk_id").references("checking", "chk_id"),
                foreignKey("orders_premium_id_fkey", "premium_id").references("premium", "id")),
                reading.table("orders").foreignKeys());
        assertEquals(List.of(sequence("account_seq", 1, 50)), reading.model().sequences());
    }

    @Test
    void joinedKeyColumnsGoThroughTheNamingStrategy() {
        Reading reading = read(NamingStyle.SPRING, source("Acc", "@Entity @Inheritance(strategy ="
                        + " InheritanceType.JOINED) public class Acc { @Id @Column(name = \"accNo\") Long id; }"),
                source("Sav", "@Entity @PrimaryKeyJoinColumn(name = \"savingsNo\") public class Sav extends Acc { }"),
                source("Chk", "@Entity public class Chk extends Acc { }"));

        assertEquals(List.of("savings_no"), reading.table("sav").primaryKey().columns());
        assertEquals(List.of(foreignKey("chk_acc_no_fkey", "acc_no").references("acc", "acc_no")),
                reading.table("chk").foreignKeys());
    }

    @Test
    void aJoinedSubclassOfACompositeKeyRepeatsEveryKeyColumn() {
        // checked against Hibernate 7.4 in the fidelity corpus guild
        Reading reading = read(source("Member", """
                        @Entity @Inheritance(strategy = InheritanceType.JOINED) @IdClass(Member.Key.class)
                        public class Member {
                            @Id String guildCode;
                            @Id int number;
                            public static class Key implements java.io.Serializable { String guildCode; int number; }
                        }
                        """),
                source("Master", "@Entity public class Master extends Member { int grade; }"));

        assertEquals(Table.table("master")
                .column(column("grade", INTEGER).notNull())
                .column(column("number", INTEGER).notNull())
                .column(column("guildcode", varchar(255)).notNull())
                .primaryKey("master_pkey", "number", "guildcode")
                .foreignKey(foreignKey("master_number_guildcode_fkey", "number", "guildcode")
                        .references("member", "number", "guildcode")), reading.table("master"));
    }

    @Test
    void aJoinedRootWithADiscriminatorColumnHasOne() {
        Table account = read(source("Account", """
                        @Entity @Inheritance(strategy = InheritanceType.JOINED) @DiscriminatorColumn
                        public abstract class Account { @Id Long id; }
                        """),
                source("Savings", "@Entity public class Savings extends Account { double rate; }"),
                source("Premium", "@Entity public class Premium extends Savings { int bonus; }"))
                .table("account");

        assertEquals(Table.table("account")
                .column(column("id", BIGINT).notNull())
                .column(column("dtype", varchar(31)).notNull())
                .primaryKey("account_pkey", "id")
                .check("account_dtype_check", "dtype in ('Premium','Savings')"), account);
    }

    @Test
    void tablePerClassGivesEachConcreteEntityAllColumnsAndTheRootsSequence() {
        Reading reading = read(source("Doc", """
                        @Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
                        public abstract class Doc { @Id @GeneratedValue Long id; @Column(nullable = false) String title; }
                        """),
                source("Invoice", "@Entity public class Invoice extends Doc { int total; }"),
                source("CreditNote", "@Entity public class CreditNote extends Invoice { String reason; }"));

        assertEquals(List.of("creditnote", "invoice"),
                reading.model().tables().stream().map(t -> t.name().name()).sorted().toList());
        assertEquals(Table.table("creditnote")
                .column(column("id", BIGINT).notNull())
                .column(column("title", varchar(255)).notNull())
                .column(column("total", INTEGER).notNull())
                .column(column("reason", varchar(255)))
                .primaryKey("creditnote_pkey", "id"), reading.table("creditnote"));
        assertEquals(List.of(sequence("doc_seq", 1, 50)), reading.model().sequences());
    }

    @Test
    void foreignKeysToASingleTableSubclassTargetTheRootsTableAndToATablePerClassLeafItsOwn() {
        Reading reading = read(source("Payment", "@Entity @Table(name = \"payments\") public abstract class Payment"
                        + " { @Id @Column(name = \"payment_no\") Long id; }"),
                source("Card", "@Entity public class Card extends Payment { }"),
                source("Doc", "@Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)"
                        + " public abstract class Doc { @Id Long id; }"),
                source("Invoice", "@Entity public class Invoice extends Doc { }"),
                source("Chargeback", "@Entity public class Chargeback { @Id Long id; @ManyToOne Card card;"
                        + " @ManyToOne Invoice invoice; }"));

        assertEquals(List.of(foreignKey("chargeback_card_payment_no_fkey", "card_payment_no")
                        .references("payments", "payment_no"),
                foreignKey("chargeback_invoice_id_fkey", "invoice_id").references("invoice", "id")),
                reading.table("chargeback").foreignKeys());
    }

    @Test
    void aSequenceGeneratorOfTheRootServesTheSubclasses() {
        Reading reading = read(source("Base", """
                        @Entity @Table(name = "vehicles")
                        public class Base {
                            @Id @GeneratedValue @SequenceGenerator(name = "vs", sequenceName = "veh_seq",
                                    allocationSize = 10, initialValue = 5) Long id;
                        }
                        """),
                source("Sub", "@Entity public class Sub extends Base { String x; }"));

        assertEquals(List.of(sequence("veh_seq", 5, 10)), reading.model().sequences());
    }
}
