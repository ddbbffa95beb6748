package dev.schemac.processor.read;

import static dev.schemac.processor.read.ReadHarness.assertError;
import static dev.schemac.processor.read.ReadHarness.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every mapping schemac does not read yet is an error on the element carrying it: message, file and line. */
class UnsupportedMappingDiagnosticsTest {
    private static final JavaFileObject PARENT = source("Parent", "@Entity public class Parent { @Id Long id; }");
    private static final JavaFileObject KEY = source("Key", "@Embeddable public class Key { Long a; Long b; }");
    private static final JavaFileObject FORMULA = JavaFileObjects.formula();
    private static final JavaFileObject CONV = source("Conv", "@Converter public class Conv"
            + " implements AttributeConverter<Long, String> { public String convertToDatabaseColumn(Long v) {"
            + " return null; } public Long convertToEntityAttribute(String v) { return null; } }");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "@OneToMany(mappedBy = \"parent\") List<Parent> items;|@OneToMany on Holder.items|collections of entities",
            "@ManyToMany List<Parent> items;|@ManyToMany on Holder.items|join tables",
            "@ElementCollection List<String> items;|@ElementCollection on Holder.items|collection tables",
            "@CollectionTable(name = \"x\") List<String> items;|@CollectionTable on Holder.items|collection tables",
            "@JoinTable(name = \"x\") Parent items;|@JoinTable on Holder.items|join tables",
            "@JoinColumns({}) Parent items;|@JoinColumns on Holder.items|foreign keys of several columns",
            "@MapsId Parent items;|@MapsId on Holder.items|derived identities",
            "@PrimaryKeyJoinColumn Parent items;|@PrimaryKeyJoinColumn on Holder.items|shared primary keys",
            "@OrderColumn String items;|@OrderColumn on Holder.items|order columns",
            "@AssociationOverride(name = \"a\") Key items;|@AssociationOverride on Holder.items|association columns",
            "@TableGenerator(name = \"t\") Long items;|@TableGenerator on Holder.items|table-based id generation",
            "@MapKey Map<Long, Parent> items;|@MapKey on Holder.items|map collections",
            "@MapKeyColumn Map<String, String> items;|@MapKeyColumn on Holder.items|map collections",
            "@org.hibernate.annotations.Generated int items;|@Generated on Holder.items|Hibernate's own annotations",
            "@Id @Convert(converter = Conv.class) Long items;|@Convert on the id Holder.items|converters on primary keys",
            "@Id @Column(columnDefinition = \"int8\") Long items;|@Column(columnDefinition) on the id Holder.items|verbatim types of primary keys",
            "@Id @ManyToOne Parent items;|@Id on the association Holder.items|derived identities",
            "@Column(table = \"other\") String items;|@Column(table) on Holder.items|secondary tables",
            "@Column(options = \"collate x\") String items;|@Column(options) on Holder.items|verbatim SQL options",
            "@ManyToOne @JoinColumn(columnDefinition = \"int8\") Parent items;|@JoinColumn(columnDefinition) on Holder.items|verbatim SQL type",
            "@ManyToOne @JoinColumn(foreignKey = @ForeignKey(foreignKeyDefinition = \"x\")) Parent items;|@ForeignKey(foreignKeyDefinition) on Holder.items|foreign keys written in SQL",
            "@GeneratedValue(strategy = GenerationType.TABLE) @Id Long items;|@GeneratedValue(strategy = TABLE) on Holder.items|table-based id generation",
            "@GeneratedValue(generator = \"increment\") @Id Long items;|@GeneratedValue(generator = \"increment\") on Holder.items|legacy generator strategies",
            "@Id @GeneratedValue(generator = \"g\") @SequenceGenerator(name = \"g\", catalog = \"c\") Long items;|@SequenceGenerator(catalog) for Holder.items|use schema",
            "@ManyToOne @JoinColumn(referencedColumnName = \"other\") Parent items;|@JoinColumn(referencedColumnName = \"other\") on Holder.items|other than the primary key id"})
    void fieldMappingsAreRefusedOnTheField(String field, String what, String why) {
        String idField = field.contains("@Id") ? "" : "@Id Long id; ";
        JavaFileObject holder = source("Holder", "@Entity public class Holder {\n    " + idField + "\n    " + field
                + "\n}\n");
        assertError("[schemac:unsupported-mapping] " + what + " is not supported by schemac yet (", holder, field,
                PARENT, KEY, FORMULA, CONV);
        assertError(why, holder, field, PARENT, KEY, FORMULA, CONV);
    }

    @Test
    void anUnsupportedJavaTypeNamesWhatIsSupported() {
        JavaFileObject holder = source("Holder", "@Entity public class Holder {\n @Id Long id;\n Object any;\n}");
        assertError("[schemac:unsupported-mapping] the type java.lang.Object of Holder.any is not supported by"
                + " schemac yet (schemac maps primitives and their wrappers, String,", holder, "Object any;");
    }

    @Test
    void aCollectionWithoutMappingIsAnUnsupportedType() {
        JavaFileObject holder = source("Holder", "@Entity public class Holder {\n @Id Long id;\n List<String> tags;\n}");
        assertError("the type java.util.List<java.lang.String> of Holder.tags is not supported", holder,
                "List<String> tags;");
    }

    @Test
    void aClassThatIsNeitherEntityNorEmbeddableIsAnUnsupportedType() {
        JavaFileObject holder = source("Holder", "@Entity public class Holder {\n @Id Long id;\n Helper helper;\n}");
        assertError("the type test.Helper of Holder.helper is not supported", holder, "Helper helper;",
                source("Helper", "public class Helper { String x; }"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "@Inheritance|@Inheritance on Animal|entity inheritance",
            "@DiscriminatorColumn|@DiscriminatorColumn on Animal|entity inheritance",
            "@IdClass(Key.class)|@IdClass on Animal|composite primary keys",
            "@SecondaryTable(name = \"more\")|@SecondaryTable on Animal|secondary tables",
            "@TableGenerator(name = \"t\")|@TableGenerator on Animal|table-based id generation",
            "@Convert(attributeName = \"id\")|@Convert on Animal|@Convert on a class; put it on the attribute",
            "@AssociationOverride(name = \"x\")|@AssociationOverride on Animal|overrides of association columns",
            "@Table(catalog = \"other\")|@Table(catalog) on Animal|PostgreSQL catalogs are databases",
            "@Table(indexes = @Index(columnList = \"id\", options = \"x\"))|@Index(options) on Animal|verbatim SQL options",
            "@Table(indexes = @Index(columnList = \"(lower(id))\"))|the expression (lower(id)) in @Index on Animal|indexes on expressions"})
    void entityMappingsAreRefusedOnTheClass(String annotation, String what, String why) {
        JavaFileObject animal = source("Animal", "@Entity " + annotation + "\npublic class Animal { @Id Long id; }\n");
        assertError("[schemac:unsupported-entity] " + what + " is not supported by schemac yet (" + why, animal,
                "public class Animal", KEY);
    }

    @Test
    void aMappingOnAGetterOfAFieldAccessClassIsReportedAsIgnored() {
        JavaFileObject animal = source("Animal", """
                @Entity public class Animal {
                    @Id Long id;
                    String label;
                    @Column(length = 20) public String getLabel() { return label; }
                    @Transient public String getTitle() { return label; }
                    @PrePersist void stamp() { }
                }
                """);
        assertError("[schemac:invalid-mapping] Animal.getLabel() has @Column, which Hibernate ignores: Animal uses"
                + " field access. Put the annotation on the field", animal, "public String getLabel()");
    }

    @Test
    void aMappingOnAFieldOfAPropertyAccessClassIsReportedAsIgnored() {
        JavaFileObject animal = source("Animal", """
                @Entity public class Animal {
                    @Column(length = 20) String label;
                    Long id;
                    @Id public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }
                }
                """);
        assertError("[schemac:invalid-mapping] Animal.label has @Column, which Hibernate ignores: Animal uses"
                + " property access. Put the annotation on the getter", animal, "String label;");
    }

    @Test
    void aMappedSuperclassAnnotationIsReportedOnTheSuperclass() {
        JavaFileObject base = source("Base", "@MappedSuperclass @Inheritance\npublic abstract class Base { @Id Long id; }");
        assertError("[schemac:unsupported-entity] @Inheritance on Base is not supported by schemac yet", base,
                "public abstract class Base", source("A", "@Entity public class A extends Base { }"),
                source("B", "@Entity public class B extends Base { }"));
    }

    @Test
    void anEntityExtendingAnEntityIsInheritance() {
        JavaFileObject dog = source("Dog", "@Entity\npublic class Dog extends Animal { String breed; }");
        assertError("[schemac:unsupported-entity] Dog extending the entity Animal is not supported by schemac yet"
                + " (entity inheritance)", dog, "public class Dog",
                source("Animal", "@Entity public class Animal { @Id Long id; }"));
    }

    @Test
    void severalIdsAreACompositeKey() {
        JavaFileObject pair = source("Pair", "@Entity\npublic class Pair { @Id Long a; @Id Long b; }");
        assertError("[schemac:unsupported-entity] several @Id fields on Pair is not supported by schemac yet"
                + " (composite primary keys)", pair, "public class Pair");
    }
}
