package dev.schemac.processor.read;

import static dev.schemac.processor.read.ReadHarness.read;
import static dev.schemac.processor.read.ReadHarness.source;
import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.BIGINT;
import static dev.schemac.schema.ColumnType.INTEGER;
import static dev.schemac.schema.ColumnType.OID;
import static dev.schemac.schema.ColumnType.SMALLINT;
import static dev.schemac.schema.ColumnType.numeric;
import static dev.schemac.schema.ColumnType.varchar;
import static dev.schemac.schema.ForeignKey.foreignKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.processor.Options.NamingStyle;
import dev.schemac.processor.read.ReadHarness.Reading;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.Table;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Collections, each compared with the DDL Hibernate 7.4 writes for the same mapping on PostgreSQL: collection
 * tables, join tables, order columns, map keys, and one-to-many join columns in the target's table.
 */
class CollectionsTest {
    private static final JavaFileObject ITEM = source("Item", "@Entity public class Item { @Id Long id; }");
    private static final JavaFileObject COLOR = source("Color", "public enum Color { RED, GREEN }");

    @Test
    void aSetOfBasicsIsUniqueWithItsOwnerOrItsPrimaryKeyWhenNotNull() {
        Reading reading = read(COLOR, source("Product", """
                @Entity public class Product {
                    @Id Long id;
                    @ElementCollection Set<String> tags;
                    @ElementCollection @Column(name = "code", length = 40, nullable = false) Set<String> codes;
                    @ElementCollection List<String> notes;
                    @ElementCollection @Lob List<String> docs;
                    @ElementCollection Set<Color> colors;
                    @ElementCollection @Enumerated(EnumType.STRING) @Column(length = 10) Collection<Color> names;
                }
                """));

        assertEquals(Table.table("product_tags")
                .column(column("product_id", BIGINT).notNull())
                .column(column("tags", varchar(255)))
                .unique("product_tags_product_id_tags_key", "product_id", "tags")
                .foreignKey(foreignKey("product_tags_product_id_fkey", "product_id").references("product", "id")),
                reading.table("product_tags"));
        assertEquals(Table.table("product_codes")
                .column(column("product_id", BIGINT).notNull())
                .column(column("code", varchar(40)).notNull())
                .primaryKey("product_codes_pkey", "product_id", "code")
                .foreignKey(foreignKey("product_codes_product_id_fkey", "product_id").references("product", "id")),
                reading.table("product_codes"));
        assertEquals(Table.table("product_notes")
                .column(column("product_id", BIGINT).notNull())
                .column(column("notes", varchar(255)))
                .foreignKey(foreignKey("product_notes_product_id_fkey", "product_id").references("product", "id")),
                reading.table("product_notes"));
        assertEquals(List.of(column("product_id", BIGINT).notNull(), column("docs", OID)),
                reading.table("product_docs").columns());
        assertEquals(Table.table("product_colors")
                .column(column("product_id", BIGINT).notNull())
                .column(column("colors", SMALLINT))
                .unique("product_colors_product_id_colors_key", "product_id", "colors")
                .check("product_colors_colors_check", "colors between 0 and 1")
                .foreignKey(foreignKey("product_colors_product_id_fkey", "product_id").references("product", "id")),
                reading.table("product_colors"));
        assertEquals(Table.table("product_names")
                .column(column("product_id", BIGINT).notNull())
                .column(column("names", varchar(10)))
                .check("product_names_names_check", "names in ('RED','GREEN')")
                .foreignKey(foreignKey("product_names_product_id_fkey", "product_id").references("product", "id")),
                reading.table("product_names"));
    }

    @Test
    void embeddableElementsAreOrderedByTheirOrderColumnAndKeyedByAllColumnsWhenNotNull() {
        Reading reading = read(source("Dim", """
                @Embeddable public class Dim { @Column(nullable = false) Integer w; @Column(nullable = false) Integer h; }
                """), source("Money", "@Embeddable public class Money { BigDecimal amount; @Column(length = 3) String cur; int flag; }"),
                source("Product", """
                @Entity public class Product {
                    @Id Long id;
                    @ElementCollection Set<Dim> dims;
                    @ElementCollection @OrderColumn(name = "pos")
                    @AttributeOverride(name = "amount", column = @Column(name = "amt", precision = 10, scale = 2))
                    List<Money> prices;
                    @ElementCollection @OrderColumn List<Money> history;
                }
                """));

        Table dims = reading.table("product_dims");
        assertEquals(List.of(column("product_id", BIGINT).notNull(), column("w", INTEGER).notNull(),
                column("h", INTEGER).notNull()), dims.columns());
        // Hibernate orders a primary key by column size, then name: integers before the bigint
        assertEquals(List.of("h", "w", "product_id"), dims.primaryKey().columns());
        assertEquals(Table.table("product_prices")
                .column(column("product_id", BIGINT).notNull())
                .column(column("amt", numeric(10, 2)))
                .column(column("cur", varchar(3)))
                .column(column("flag", INTEGER))
                .column(column("pos", INTEGER).notNull())
                .primaryKey("product_prices_pkey", "pos", "product_id")
                .check("product_prices_pos_check", "pos >= 0")
                .foreignKey(foreignKey("product_prices_product_id_fkey", "product_id").references("product", "id")),
                reading.table("product_prices"));
        assertEquals(List.of("history_order", "product_id"),
                reading.table("product_history").primaryKey().columns());
    }

    @Test
    void aPrimaryKeyOfSameSizedColumnsIsOrderedByTheNamesHibernateHoldsUpperCaseFirst() {
        Reading reading = read(source("Part", """
                @Embeddable public class Part {
                    @Column(nullable = false) Long bx;
                    @Column(nullable = false) Long Ca;
                    @Column(nullable = false) Long dy;
                }
                """), source("Holder", """
                @Entity public class Holder {
                    @Id Long id;
                    @ElementCollection @AttributeOverride(name = "dy", column = @Column(name = "Dz", nullable = false))
                    Set<Part> parts;
                }
                """));

        assertEquals(List.of("ca", "dz", "holder_id", "bx"), reading.table("holder_parts").primaryKey().columns());
    }

    @Test
    void mapsAreKeyedByTheirKeyColumn() {
        Reading reading = read(ITEM, COLOR, source("Label", "@Embeddable public class Label { String text; @Column(length = 10) String lang; }"),
                source("Product", """
                @Entity public class Product {
                    @Id Long id;
                    @ElementCollection Map<String, String> attrs;
                    @ElementCollection @MapKeyColumn(name = "k", length = 30) @Column(name = "v", length = 500)
                    Map<String, String> props;
                    @ElementCollection @MapKeyEnumerated(EnumType.STRING)
                    @AttributeOverride(name = "value.text", column = @Column(name = "txt"))
                    Map<Color, Label> labels;
                    @ElementCollection Map<Color, Integer> counts;
                    @ElementCollection @MapKeyJoinColumn(name = "item") Map<Item, Integer> stock;
                }
                """));

        assertEquals(Table.table("product_attrs")
                .column(column("product_id", BIGINT).notNull())
                .column(column("attrs", varchar(255)))
                .column(column("attrs_KEY", varchar(255)).notNull())
                .primaryKey("product_attrs_pkey", "product_id", "attrs_key")
                .foreignKey(foreignKey("product_attrs_product_id_fkey", "product_id").references("product", "id"))
                .withColumns(List.of(column("product_id", BIGINT).notNull(), column("attrs", varchar(255)),
                        column("attrs_key", varchar(255)).notNull())),
                reading.table("product_attrs"));
        assertEquals(List.of(column("product_id", BIGINT).notNull(), column("v", varchar(500)),
                column("k", varchar(30)).notNull()), reading.table("product_props").columns());
        Table labels = reading.table("product_labels");
        assertEquals(List.of(column("product_id", BIGINT).notNull(), column("txt", varchar(255)),
                column("lang", varchar(10)), column("labels_key", varchar(255)).notNull()), labels.columns());
        assertEquals(List.of("product_id", "labels_key"), labels.primaryKey().columns());
        assertEquals("labels_key in ('RED','GREEN')", labels.checks().get(0).expression());
        Table counts = reading.table("product_counts");
        assertEquals(column("counts_key", SMALLINT).notNull(), counts.columns().get(2));
        assertEquals(List.of("counts_key", "product_id"), counts.primaryKey().columns());
        Table stock = reading.table("product_stock");
        assertEquals(List.of(column("product_id", BIGINT).notNull(), column("stock", INTEGER),
                column("item", BIGINT).notNull()), stock.columns());
        // two bigints, by the names as Hibernate holds them: "Product_id" sorts before "item"
        assertEquals(List.of("product_id", "item"), stock.primaryKey().columns());
        assertEquals(List.of(foreignKey("product_stock_product_id_fkey", "product_id").references("product", "id"),
                foreignKey("product_stock_item_fkey", "item").references("item", "id")), stock.foreignKeys());
    }

    @Test
    void manyToManyJoinTablesAreNamedAfterBothTablesAndTheInverseSideMapsNothing() {
        JavaFileObject student = source("Student", """
                @Entity public class Student {
                    @Id Long id;
                    @ManyToMany Set<Course> courses;
                    @ManyToMany @JoinTable(name = "mentor", schema = "school", joinColumns = @JoinColumn(name = "s"),
                        inverseJoinColumns = @JoinColumn(name = "m"), foreignKey = @ForeignKey(name = "fk_s"),
                        inverseForeignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT),
                        uniqueConstraints = @UniqueConstraint(columnNames = {"m"}), indexes = @Index(columnList = "s"))
                    List<Student> mentors;
                }
                """);
        JavaFileObject course = source("Course", """
                @Entity public class Course { @Id Integer id; @ManyToMany(mappedBy = "courses") Set<Student> students; }
                """);
        Reading jpa = read(student, course);

        assertEquals(Table.table("Student_Course")
                .column(column("students_id", BIGINT).notNull())
                .column(column("courses_id", INTEGER).notNull())
                .primaryKey("student_course_pkey", "courses_id", "students_id")
                .foreignKey(foreignKey("student_course_students_id_fkey", "students_id").references("student", "id"))
                .foreignKey(foreignKey("student_course_courses_id_fkey", "courses_id").references("course", "id"))
                .withName(QualifiedName.parse("student_course")),
                jpa.table("student_course"));
        Table mentor = jpa.table("school.mentor");
        assertEquals(List.of(column("s", BIGINT).notNull(), column("m", BIGINT).notNull()), mentor.columns());
        assertEquals(null, mentor.primaryKey());
        assertEquals(List.of(foreignKey("fk_s", "s").references("student", "id")), mentor.foreignKeys());
        assertEquals(List.of("m"), mentor.uniques().get(0).columns());
        assertEquals("s", mentor.indexes().get(0).columns().get(0).name());
        assertEquals(List.of(column("id", INTEGER).notNull()), jpa.table("course").columns());

        Reading spring = read(NamingStyle.SPRING, student, course);
        assertEquals(List.of("students_id", "courses_id"),
                spring.table("student_courses").columns().stream().map(c -> c.name()).toList());
    }

    @Test
    void unidirectionalOneToManyJoinTablesMakeTheirElementsUnique() {
        Reading reading = read(ITEM, source("Shelf", """
                @Entity public class Shelf {
                    @Id Long id;
                    @OneToMany List<Item> items;
                    @OneToMany @JoinTable(name = "shelf_set") Set<Item> itemSet;
                    @OneToMany @JoinTable(name = "shelf_slots") @MapKeyColumn(name = "slot") Map<String, Item> slots;
                    @OneToMany @JoinTable(name = "shelf_by_id") @MapKey Map<Long, Item> byId;
                    @OneToMany @JoinTable(name = "shelf_ordered") @OrderColumn List<Item> ordered;
                }
                """));

        assertEquals(Table.table("shelf_item")
                .column(column("shelf_id", BIGINT).notNull())
                .column(column("items_id", BIGINT).notNull())
                .unique("shelf_item_items_id_key", "items_id")
                .foreignKey(foreignKey("shelf_item_shelf_id_fkey", "shelf_id").references("shelf", "id"))
                .foreignKey(foreignKey("shelf_item_items_id_fkey", "items_id").references("item", "id")),
                reading.table("shelf_item"));
        Table set = reading.table("shelf_set");
        assertEquals(List.of("itemset_id"), set.primaryKey().columns());
        assertEquals(List.of(), set.uniques());
        Table slots = reading.table("shelf_slots");
        assertEquals(List.of("shelf_id", "slot"), slots.primaryKey().columns());
        assertEquals(List.of("slots_id"), slots.uniques().get(0).columns());
        Table byId = reading.table("shelf_by_id");
        assertEquals(List.of("shelf_id", "byid_id"), byId.primaryKey().columns());
        assertEquals(List.of("byid_id"), byId.uniques().get(0).columns());
        assertEquals(List.of("ordered_order", "shelf_id"), reading.table("shelf_ordered").primaryKey().columns());
    }

    @Test
    void aOneToManyJoinColumnGoesIntoTheTargetTable() {
        Reading reading = read(source("Line", """
                @Entity public class Line { @Id Long id; @ManyToOne Order2 order; }
                """), source("Order2", """
                @Entity public class Order2 {
                    @Id Long id;
                    @OneToMany @JoinColumn(name = "order_id", nullable = false) Set<Line> shared;
                    @OneToMany @JoinColumn(name = "parent", nullable = false) @OrderColumn List<Line> ordered;
                    @OneToMany @JoinColumn @MapKeyColumn(name = "line_key") Map<String, Line> keyed;
                    @OneToMany(mappedBy = "order") Set<Line> inverse;
                }
                """));

        assertEquals(Table.table("line")
                .column(column("id", BIGINT).notNull())
                .column(column("order_id", BIGINT))
                .column(column("parent", BIGINT).notNull())
                .column(column("ordered_order", INTEGER))
                .column(column("keyed_id", BIGINT))
                .column(column("line_key", varchar(255)))
                .primaryKey("line_pkey", "id")
                .check("line_ordered_order_check", "ordered_order >= 0")
                .foreignKey(foreignKey("line_order_id_fkey", "order_id").references("order2", "id"))
                .foreignKey(foreignKey("line_parent_fkey", "parent").references("order2", "id"))
                .foreignKey(foreignKey("line_keyed_id_fkey", "keyed_id").references("order2", "id")),
                reading.table("line"));
        assertEquals(2, reading.model().tables().size());
    }

    @Test
    void theMappedBySideOfAOneToManyPutsItsOrderColumnOrMapKeyIntoTheTargetsTable() {
        Reading reading = read(source("K", "public enum K { A, B }"), source("Line", """
                @Entity public class Line {
                    @Id Long id;
                    @ManyToOne Holder holder; @ManyToOne Holder holder2; @ManyToOne Holder holder3;
                    @ManyToOne Holder holder4; @ManyToOne Holder holder5;
                }
                """), source("Holder", """
                @Entity public class Holder {
                    @Id Long id;
                    @OneToMany(mappedBy = "holder") @OrderColumn List<Line> lines;
                    @OneToMany(mappedBy = "holder2") @OrderColumn(name = "pos", nullable = false) List<Line> lines2;
                    @OneToMany(mappedBy = "holder3") Map<String, Line> bare;
                    @OneToMany(mappedBy = "holder4") Map<K, Line> byK;
                    @OneToMany(mappedBy = "holder5") @MapKey Map<Long, Line> byId;
                    @ManyToMany(mappedBy = "x") @MapKey Map<Long, Line> inverse;
                }
                """));

        Table line = reading.table("line");
        assertEquals(List.of(column("id", BIGINT).notNull(), column("holder_id", BIGINT), column("holder2_id", BIGINT),
                column("holder3_id", BIGINT), column("holder4_id", BIGINT), column("holder5_id", BIGINT),
                column("lines_order", INTEGER), column("pos", INTEGER).notNull(), column("bare_key", varchar(255)),
                column("byk_key", SMALLINT)), line.columns());
        assertEquals(List.of("lines_order >= 0", "pos >= 0", "byk_key between 0 and 1"),
                line.checks().stream().map(c -> c.expression()).toList());
        assertEquals(2, reading.model().tables().size());
    }

    @Test
    void theTargetsIndexesMayNameTheJoinColumnAndAMapKeyThereIsAlwaysNullable() {
        Reading reading = read(source("Part", """
                @Entity @Table(indexes = @Index(columnList = "owner_id")) public class Part { @Id Long id; }
                """), source("Zowner", """
                @Entity public class Zowner {
                    @Id Long id;
                    @OneToMany @JoinColumn(name = "owner_id") @MapKeyColumn(name = "mk", nullable = false)
                    Map<String, Part> parts;
                }
                """));

        Table part = reading.table("part");
        assertEquals(List.of(column("id", BIGINT).notNull(), column("owner_id", BIGINT), column("mk", varchar(255))),
                part.columns());
        assertEquals("owner_id", part.indexes().get(0).columns().get(0).name());
    }

    @Test
    void aQuotedTargetKeyQuotesTheJoinColumnButNotTheMapKeyColumn() {
        Reading reading = read(source("Target", """
                @Entity @Table(name = "\\"Target\\"") public class Target { @Id @Column(name = "\\"Key\\"") Long id; }
                """), source("Owner", """
                @Entity public class Owner {
                    @Id Long id;
                    @ManyToMany Set<Target> targets;
                    @ElementCollection Map<Target, String> byTarget;
                }
                """));

        assertEquals(List.of("owner_id", "targets_Key"), reading.model().tables().stream()
                .filter(t -> t.name().name().equals("Owner_Target")).findFirst().orElseThrow().columns().stream()
                .map(c -> c.name()).toList());
        assertEquals(List.of("owner_id", "bytarget", "bytarget_key"),
                reading.table("owner_bytarget").columns().stream().map(c -> c.name()).toList());
    }

    @Test
    void aQuotedOwnerTableQuotesItsCollectionTablesAndJoinColumns() {
        Reading reading = read(ITEM, source("Order", """
                @Entity @Table(name = "\\"Order\\"") public class Order {
                    @Id Long id;
                    @ElementCollection Set<String> flags;
                    @ManyToMany Set<Item> items;
                }
                """));

        assertEquals(List.of("Order", "Order_Item", "Order_flags", "item"),
                reading.model().tables().stream().map(t -> t.name().name()).sorted().toList());
        assertEquals(List.of("Order_id", "flags"), reading.model().tables().stream()
                .filter(t -> t.name().name().equals("Order_flags")).findFirst().orElseThrow().columns().stream()
                .map(c -> c.name()).toList());
    }
}
