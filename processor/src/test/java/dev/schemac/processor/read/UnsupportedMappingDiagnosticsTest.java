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
            "@CollectionTable(name = \"x\") List<String> items;|@CollectionTable on Holder.items|outside a @OneToMany, @ManyToMany or @ElementCollection",
            "@JoinTable(name = \"x\") Parent items;|@JoinTable on Holder.items|join tables of to-one associations",
            "@OrderColumn String items;|@OrderColumn on Holder.items|outside a @OneToMany",
            "@MapKey Map<Long, Parent> items;|@MapKey on Holder.items|outside a @OneToMany",
            "@MapKeyColumn Map<String, String> items;|@MapKeyColumn on Holder.items|outside a @OneToMany",
            "@ElementCollection @MapKeyClass(String.class) Map<String, String> items;|@MapKeyClass on Holder.items|map key classes",
            "@ElementCollection @MapKeyJoinColumns({}) Map<Parent, String> items;|@MapKeyJoinColumns on Holder.items|map keys of several columns",
            "@ElementCollection @MapKeyJoinColumn(columnDefinition = \"int8\") Map<Parent, String> items;|@MapKeyJoinColumn(columnDefinition) on Holder.items|verbatim SQL type",
            "@ElementCollection @CollectionTable(catalog = \"c\") Set<String> items;|@CollectionTable(catalog) on Holder.items|use schema",
            "@ManyToMany @JoinTable(options = \"x\") Set<Parent> items;|@JoinTable(options) on Holder.items|verbatim SQL options",
            "@OneToMany(mappedBy = \"p\") @JoinTable List<Parent> items;|@JoinTable on the mappedBy side Holder.items|inverse side of an association",
            "@ManyToMany(mappedBy = \"p\") Map<String, Parent> items;|the map Holder.items without @MapKey on the mappedBy side of a @ManyToMany|map key columns",
            "@org.hibernate.annotations.Generated int items;|@Generated on Holder.items|Hibernate's own annotations",
            "@Id @Convert(converter = Conv.class) Long items;|@Convert on the id Holder.items|converters on primary keys",
            "@Id @Column(columnDefinition = \"int8\") Long items;|@Column(columnDefinition) on the id Holder.items|verbatim types of primary keys",
            "@Column(table = \"other\") String items;|@Column(table) on Holder.items|secondary tables",
            "@Column(options = \"collate x\") String items;|@Column(options) on Holder.items|verbatim SQL options",
            "@ManyToOne @JoinColumn(columnDefinition = \"int8\") Parent items;|@JoinColumn(columnDefinition) on Holder.items|verbatim SQL type",
            "@ManyToOne @JoinColumn(foreignKey = @ForeignKey(foreignKeyDefinition = \"x\")) Parent items;|@ForeignKey(foreignKeyDefinition) on Holder.items|foreign keys written in SQL",
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
            "@SecondaryTable(name = \"more\")|@SecondaryTable on Animal|secondary tables",
            "@Convert(attributeName = \"id\")|@Convert on Animal|@Convert on a class; put it on the attribute",
            "@Table(catalog = \"other\")|@Table(catalog) on Animal|PostgreSQL catalogs are databases",
            "@Table(indexes = @Index(columnList = \"id\", options = \"x\"))|@Index(options) on Animal|verbatim SQL options",
            "@Table(indexes = @Index(columnList = \"(lower(id))\"))|the expression (lower(id)) in @Index on Animal|indexes on expressions",
            "@org.hibernate.annotations.SoftDelete|@SoftDelete on Animal|Hibernate's own annotations can change the schema",
            "@org.hibernate.annotations.Subselect(\"select 1\")|@Subselect on Animal|Hibernate's own annotations can change the schema"})
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
        JavaFileObject base = source("Base", "@MappedSuperclass @SecondaryTable(name = \"more\")\npublic abstract class Base { @Id Long id; }");
        assertError("[schemac:unsupported-entity] @SecondaryTable on Base is not supported by schemac yet", base,
                "public abstract class Base", source("A", "@Entity public class A extends Base { }"),
                source("B", "@Entity public class B extends Base { }"));
    }
}
