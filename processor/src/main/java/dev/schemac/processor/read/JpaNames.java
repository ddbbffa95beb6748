package dev.schemac.processor.read;

/** The qualified names of the annotations schemac reads; the processor never loads these classes. */
final class JpaNames {
    private static final String JPA = "jakarta.persistence.";
    /** The package of the annotations, with its trailing dot. */
    static final String JPA_PACKAGE = JPA;

    static final String ENTITY = JPA + "Entity";
    static final String MAPPED_SUPERCLASS = JPA + "MappedSuperclass";
    static final String EMBEDDABLE = JPA + "Embeddable";
    static final String TABLE = JPA + "Table";
    static final String INDEX = JPA + "Index";
    static final String UNIQUE_CONSTRAINT = JPA + "UniqueConstraint";
    static final String ACCESS = JPA + "Access";

    static final String ID = JPA + "Id";
    static final String GENERATED_VALUE = JPA + "GeneratedValue";
    static final String SEQUENCE_GENERATOR = JPA + "SequenceGenerator";
    static final String SEQUENCE_GENERATORS = JPA + "SequenceGenerators";
    static final String VERSION = JPA + "Version";

    static final String COLUMN = JPA + "Column";
    static final String BASIC = JPA + "Basic";
    static final String TRANSIENT = JPA + "Transient";
    static final String ENUMERATED = JPA + "Enumerated";
    static final String LOB = JPA + "Lob";
    static final String TEMPORAL = JPA + "Temporal";
    static final String CONVERTER = JPA + "Converter";
    static final String ATTRIBUTE_CONVERTER = JPA + "AttributeConverter";

    static final String EMBEDDED = JPA + "Embedded";
    static final String ATTRIBUTE_OVERRIDE = JPA + "AttributeOverride";
    static final String ATTRIBUTE_OVERRIDES = JPA + "AttributeOverrides";

    static final String MANY_TO_ONE = JPA + "ManyToOne";
    static final String ONE_TO_ONE = JPA + "OneToOne";
    static final String JOIN_COLUMN = JPA + "JoinColumn";

    // Keys, collections, inheritance, converters and the like.
    static final String ONE_TO_MANY = JPA + "OneToMany";
    static final String MANY_TO_MANY = JPA + "ManyToMany";
    static final String ELEMENT_COLLECTION = JPA + "ElementCollection";
    static final String JOIN_TABLE = JPA + "JoinTable";
    static final String JOIN_COLUMNS = JPA + "JoinColumns";
    static final String MAPS_ID = JPA + "MapsId";
    static final String PRIMARY_KEY_JOIN_COLUMN = JPA + "PrimaryKeyJoinColumn";
    static final String PRIMARY_KEY_JOIN_COLUMNS = JPA + "PrimaryKeyJoinColumns";
    static final String EMBEDDED_ID = JPA + "EmbeddedId";
    static final String ID_CLASS = JPA + "IdClass";
    static final String CONVERT = JPA + "Convert";
    static final String CONVERTS = JPA + "Converts";
    static final String INHERITANCE = JPA + "Inheritance";
    static final String DISCRIMINATOR_COLUMN = JPA + "DiscriminatorColumn";
    static final String DISCRIMINATOR_VALUE = JPA + "DiscriminatorValue";
    static final String TABLE_GENERATOR = JPA + "TableGenerator";
    static final String TABLE_GENERATORS = JPA + "TableGenerators";
    static final String ASSOCIATION_OVERRIDE = JPA + "AssociationOverride";
    static final String ASSOCIATION_OVERRIDES = JPA + "AssociationOverrides";
    static final String ORDER_COLUMN = JPA + "OrderColumn";
    static final String SECONDARY_TABLE = JPA + "SecondaryTable";
    static final String SECONDARY_TABLES = JPA + "SecondaryTables";
    static final String CHECK_CONSTRAINT = JPA + "CheckConstraint";
    static final String MAP_KEY = JPA + "MapKey";
    static final String MAP_KEY_COLUMN = JPA + "MapKeyColumn";
    static final String COLLECTION_TABLE = JPA + "CollectionTable";
    static final String MAP_KEY_ENUMERATED = JPA + "MapKeyEnumerated";
    static final String MAP_KEY_TEMPORAL = JPA + "MapKeyTemporal";
    static final String MAP_KEY_JOIN_COLUMN = JPA + "MapKeyJoinColumn";
    static final String MAP_KEY_JOIN_COLUMNS = JPA + "MapKeyJoinColumns";
    static final String MAP_KEY_CLASS = JPA + "MapKeyClass";

    /** Hibernate's own annotations: schemac reads some, lets those without a DDL effect pass, refuses the rest. */
    static final String HIBERNATE_PACKAGE = "org.hibernate.annotations.";
    static final String DISCRIMINATOR_FORMULA = HIBERNATE_PACKAGE + "DiscriminatorFormula";
    static final String DISCRIMINATOR_OPTIONS = HIBERNATE_PACKAGE + "DiscriminatorOptions";

    /** JPA 2 (Java EE) entities: schemac reads jakarta.persistence only. */
    static final String JAVAX_ENTITY = "javax.persistence.Entity";

    private JpaNames() {
    }
}
