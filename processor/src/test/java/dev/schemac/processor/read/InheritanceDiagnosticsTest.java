package dev.schemac.processor.read;

import static dev.schemac.processor.read.ReadHarness.assertError;
import static dev.schemac.processor.read.ReadHarness.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Inheritance and generator tables that schemac cannot map as Hibernate does are errors on their element. */
class InheritanceDiagnosticsTest {
    private static final String INVALID = "[schemac:invalid-mapping] ";
    private static final JavaFileObject ANIMAL = source("Animal", "@Entity public class Animal { @Id Long id; }");
    private static final JavaFileObject JOINED = source("Account", "@Entity"
            + " @Inheritance(strategy = InheritanceType.JOINED) public class Account { @Id Long id; }");
    private static final JavaFileObject TABLE_PER_CLASS = source("Doc", "@Entity"
            + " @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS) public abstract class Doc { @Id Long id; }");

    @Test
    void aCollectionOfATablePerClassEntityWithSubclassesIsUnsupported() {
        JavaFileObject pen = source("Pen", "@Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)\n"
                + "public abstract class Pen {\n @Id Long id;\n @ElementCollection Set<String> signs;\n}");
        assertError("[schemac:unsupported-mapping] Pen.signs, a collection of a TABLE_PER_CLASS entity with"
                + " subclasses is not supported by schemac yet", pen, "Set<String> signs;",
                source("Aviary", "@Entity public class Aviary extends Pen { int height; }"));
    }

    @Test
    void namingTheKeyColumnsOfAJoinedSubclassOfACompositeKeyIsUnsupported() {
        JavaFileObject master = source("Master", "@Entity @PrimaryKeyJoinColumn(name = \"master_no\")\n"
                + "public class Master extends Member { int grade; }");
        assertError("[schemac:unsupported-entity] @PrimaryKeyJoinColumn on Master, whose parent Member has a key of"
                + " several columns is not supported by schemac yet (naming the key columns of a JOINED subclass"
                + " with a composite key)", master, "public class Master", source("Member", """
                        @Entity @Inheritance(strategy = InheritanceType.JOINED) @IdClass(Member.Key.class)
                        public class Member {
                            @Id String guildCode;
                            @Id int number;
                            public static class Key implements java.io.Serializable { String guildCode; int number; }
                        }
                        """));
    }

    @Test
    void aNullDiscriminatorValueIsUnsupported() {
        JavaFileObject dog = source("Dog", "@Entity @DiscriminatorValue(\"null\")\npublic class Dog extends Animal { }");
        assertError("[schemac:unsupported-entity] @DiscriminatorValue(\"null\") on Dog is not supported by schemac"
                + " yet (null and not-null discriminator values)", dog, "public class Dog", ANIMAL);
    }

    @Test
    void anIntegerDiscriminatorNeedsIntegerValues() {
        JavaFileObject dog = source("Dog", "@Entity @DiscriminatorValue(\"D\")\npublic class Dog extends Animal { }");
        assertError(INVALID + "@DiscriminatorValue(\"D\") on Dog is not an integer, but the discriminator is INTEGER",
                dog, "public class Dog", source("Animal", "@Entity @DiscriminatorColumn(discriminatorType ="
                        + " DiscriminatorType.INTEGER) public abstract class Animal { @Id Long id; }"));
    }

    @Test
    void aCharDiscriminatorNeedsOneCharacter() {
        JavaFileObject dog = source("Dog", "@Entity @DiscriminatorValue(\"DOG\")\npublic class Dog extends Animal { }");
        assertError(INVALID + "@DiscriminatorValue(\"DOG\") on Dog is not one character, but the discriminator is"
                + " CHAR", dog, "public class Dog", source("Animal", "@Entity @DiscriminatorColumn(discriminatorType ="
                        + " DiscriminatorType.CHAR) public abstract class Animal { @Id Long id; }"));
    }

    @Test
    void aCharDiscriminatorNeedsAnExplicitValue() {
        JavaFileObject dog = source("Dog", "@Entity\npublic class Dog extends Animal { }");
        assertError(INVALID + "the entity Dog needs a @DiscriminatorValue of one character", dog,
                "public class Dog", source("Animal", "@Entity @DiscriminatorColumn(discriminatorType ="
                        + " DiscriminatorType.CHAR) public abstract class Animal { @Id Long id; }"));
    }

    @Test
    void aDiscriminatorColumnDefinitionIsUnsupported() {
        JavaFileObject animal = source("Animal", "@Entity @DiscriminatorColumn(columnDefinition = \"text\")\n"
                + "public class Animal { @Id Long id; }");
        assertError("[schemac:unsupported-entity] @DiscriminatorColumn(columnDefinition or options) on Animal",
                animal, "public class Animal");
    }

    @Test
    void hibernatesDiscriminatorOptionsAreUnsupported() {
        JavaFileObject animal = source("Animal", "@Entity @org.hibernate.annotations.DiscriminatorOptions(force = true)\n"
                + "public class Animal { @Id Long id; }");
        assertError("[schemac:unsupported-entity] @DiscriminatorOptions on Animal is not supported by schemac yet"
                + " (Hibernate's discriminator annotations", animal, "public class Animal",
                source("Dog", "@Entity public class Dog extends Animal { }"));
    }

    @Test
    void aDiscriminatorColumnMayNotRepeatAnAttributesColumn() {
        JavaFileObject animal = source("Animal", "@Entity\npublic class Animal { @Id Long id; String dtype; }");
        assertError(INVALID + "the discriminator column dtype of Animal is also mapped by Animal.dtype", animal,
                "public class Animal", source("Dog", "@Entity public class Dog extends Animal { }"));
    }

    @Test
    void aSubclassCannotDeclareAnId() {
        JavaFileObject savings = source("Savings", "@Entity public class Savings extends Account {\n"
                + " @Id Long number;\n}");
        assertError(INVALID + "@Id on Savings.number: the id of an entity hierarchy is its root's (Account); a"
                + " subclass cannot declare one", savings, "Long number;", JOINED);
    }

    @Test
    void inheritanceAnnotationsOnASubclassHaveNoEffect() {
        JavaFileObject dog = source("Dog", "@Entity @Inheritance(strategy = InheritanceType.JOINED)\n"
                + "public class Dog extends Animal { }");
        assertError(INVALID + "@Inheritance on Dog has no effect: Hibernate reads it on the root entity Animal only",
                dog, "public class Dog", ANIMAL);
    }

    @Test
    void inheritanceAnnotationsOnAMappedSuperclassHaveNoEffect() {
        JavaFileObject base = source("Base", "@MappedSuperclass @Inheritance\npublic abstract class Base { @Id Long id; }");
        assertError(INVALID + "@Inheritance on the mapped superclass Base has no effect: Hibernate reads it on"
                + " entities only", base, "public abstract class Base",
                source("A", "@Entity public class A extends Base { }"));
    }

    @Test
    void aTableOnASingleTableSubclassIsRefused() {
        JavaFileObject dog = source("Dog", "@Entity @Table(name = \"dogs\")\npublic class Dog extends Animal { }");
        assertError(INVALID + "@Table on Dog: it is a subclass in the SINGLE_TABLE hierarchy of Animal, whose root"
                + " declares the table; Hibernate refuses @Table here", dog, "public class Dog", ANIMAL);
    }

    @Test
    void aPrimaryKeyJoinColumnOutsideAJoinedHierarchy() {
        JavaFileObject dog = source("Dog", "@Entity @PrimaryKeyJoinColumn(name = \"dog_id\")\n"
                + "public class Dog extends Animal { }");
        assertError(INVALID + "@PrimaryKeyJoinColumn on the class Dog applies to a subclass in a JOINED hierarchy"
                + " only", dog, "public class Dog", ANIMAL);
    }

    @Test
    void aPrimaryKeyJoinColumnMustReferToTheParentsKey() {
        JavaFileObject savings = source("Savings", "@Entity @PrimaryKeyJoinColumn(referencedColumnName = \"code\")\n"
                + "public class Savings extends Account { }");
        assertError(INVALID + "@PrimaryKeyJoinColumn(referencedColumnName = \"code\") on Savings names no primary key"
                + " column of Account, whose key column is id", savings, "public class Savings", JOINED);
    }

    @Test
    void severalPrimaryKeyJoinColumnsAreACompositeKey() {
        JavaFileObject savings = source("Savings", "@Entity @PrimaryKeyJoinColumns(@PrimaryKeyJoinColumn)\n"
                + "public class Savings extends Account { }");
        assertError("[schemac:unsupported-entity] @PrimaryKeyJoinColumns on Savings", savings,
                "public class Savings", JOINED);
    }

    @Test
    void aJoinedSubclassKeyMayNotRepeatAnAttributesColumn() {
        JavaFileObject savings = source("Savings", "@Entity\npublic class Savings extends Account { Long id; }");
        assertError(INVALID + "the primary key column id of Savings is also mapped by Savings.id", savings,
                "public class Savings", JOINED);
    }

    @Test
    void tablePerClassRefusesIdentity() {
        JavaFileObject invoice = source("Invoice", "@Entity\npublic class Invoice extends Doc { }");
        assertError(INVALID + "the entity Invoice is in a TABLE_PER_CLASS hierarchy, whose ids must be unique over"
                + " all its tables; Hibernate refuses IDENTITY generation there", invoice, "public class Invoice",
                source("Doc", "@Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)"
                        + " public abstract class Doc { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; }"));
    }

    @Test
    void anAssociationToATablePerClassRootIsUnsupported() {
        JavaFileObject holder = source("Holder", "@Entity public class Holder { @Id Long id;\n"
                + " @ManyToOne Doc doc;\n}");
        assertError("[schemac:unsupported-mapping] Holder.doc, an association to Doc whose rows are spread over the"
                + " tables of its TABLE_PER_CLASS hierarchy is not supported by schemac yet (associations to a"
                + " TABLE_PER_CLASS entity with subclasses", holder, "Doc doc;", TABLE_PER_CLASS,
                source("Invoice", "@Entity public class Invoice extends Doc { }"));
    }

    @Test
    void aTableGeneratorNeedsAnIntegralId() {
        JavaFileObject holder = source("Holder", "@Entity public class Holder {\n"
                + " @Id @GeneratedValue(strategy = GenerationType.TABLE) String id;\n}");
        assertError(INVALID + "the id Holder.id is generated from a table, which needs a short, int or long id, but"
                + " its type is java.lang.String", holder, "String id;");
    }

    @Test
    void aTableGeneratorCatalogIsUnsupported() {
        JavaFileObject holder = source("Holder", "@Entity public class Holder {\n"
                + " @Id @GeneratedValue(strategy = GenerationType.TABLE) @TableGenerator(name = \"g\", catalog = \"c\")"
                + " Long id;\n}");
        assertError("[schemac:unsupported-mapping] @TableGenerator(catalog) for Holder.id", holder, "Long id;");
    }

    @Test
    void tableGeneratorConstraintsAreUnsupported() {
        JavaFileObject holder = source("Holder", "@Entity public class Holder {\n"
                + " @Id @GeneratedValue(strategy = GenerationType.TABLE)"
                + " @TableGenerator(name = \"g\", indexes = @Index(columnList = \"next_val\")) Long id;\n}");
        assertError("[schemac:unsupported-mapping] @TableGenerator(uniqueConstraints, indexes or options) for"
                + " Holder.id", holder, "Long id;");
    }
}
