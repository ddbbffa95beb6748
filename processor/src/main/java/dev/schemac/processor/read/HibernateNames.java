package dev.schemac.processor.read;

import java.util.Set;

/**
 * The qualified names of the Hibernate annotations schemac reads; any other annotation of
 * {@code org.hibernate.annotations} is refused (see {@link UnsupportedMappings}). The processor never loads them.
 */
final class HibernateNames {
    private static final String HIBERNATE = JpaNames.HIBERNATE_PACKAGE;

    static final String JDBC_TYPE_CODE = HIBERNATE + "JdbcTypeCode";
    static final String COLUMN_DEFAULT = HIBERNATE + "ColumnDefault";
    static final String NATURAL_ID = HIBERNATE + "NaturalId";
    static final String FORMULA = HIBERNATE + "Formula";
    static final String NATIONALIZED = HIBERNATE + "Nationalized";
    static final String CHECK = HIBERNATE + "Check";
    static final String CHECKS = HIBERNATE + "Checks";
    static final String CREATION_TIMESTAMP = HIBERNATE + "CreationTimestamp";
    static final String UPDATE_TIMESTAMP = HIBERNATE + "UpdateTimestamp";

    /** Those schemac reads on attributes. */
    static final Set<String> ON_ATTRIBUTES = Set.of(JDBC_TYPE_CODE, COLUMN_DEFAULT, NATURAL_ID, FORMULA,
            NATIONALIZED, CHECK, CHECKS, CREATION_TIMESTAMP, UPDATE_TIMESTAMP);

    /**
     * Those that change only how Hibernate loads, caches, writes or queries, never its DDL, so schemac lets them
     * pass wherever javac lets them stand. ({@code @NotFound}, {@code @OnDelete}, {@code @Generated},
     * {@code @SoftDelete} and {@code @Subselect} do change the DDL and stay refused.)
     */
    static final Set<String> WITHOUT_SCHEMA_EFFECT = Set.of(HIBERNATE + "BatchSize", HIBERNATE + "Fetch",
            HIBERNATE + "Cascade", HIBERNATE + "LazyGroup", HIBERNATE + "OptimisticLock", HIBERNATE + "Cache",
            HIBERNATE + "SQLOrder", HIBERNATE + "SQLRestriction", HIBERNATE + "Filter", HIBERNATE + "Filters",
            HIBERNATE + "FilterJoinTable", HIBERNATE + "Immutable", HIBERNATE + "DynamicUpdate",
            HIBERNATE + "DynamicInsert", HIBERNATE + "SQLDelete", HIBERNATE + "SQLDeleteAll",
            HIBERNATE + "SQLInsert", HIBERNATE + "SQLUpdate", HIBERNATE + "SQLSelect", HIBERNATE + "FilterDef",
            HIBERNATE + "FilterDefs", HIBERNATE + "FetchProfile", HIBERNATE + "FetchProfiles",
            HIBERNATE + "OptimisticLocking", HIBERNATE + "NamedQuery", HIBERNATE + "NamedQueries",
            HIBERNATE + "NamedNativeQuery", HIBERNATE + "NamedNativeQueries", HIBERNATE + "Synchronize",
            HIBERNATE + "ConcreteProxy", HIBERNATE + "NaturalIdCache");

    /**
     * Those schemac reads on an entity or mapped superclass: {@code @Check}, as a table check, and the
     * discriminator ones, refused where inheritance is read. With {@link #WITHOUT_SCHEMA_EFFECT}, they are all that
     * may stand on a class; any other is refused, so that no part of the schema is silently different.
     */
    static final Set<String> ON_CLASSES = Set.of(CHECK, CHECKS, JpaNames.DISCRIMINATOR_FORMULA,
            JpaNames.DISCRIMINATOR_OPTIONS);

    private HibernateNames() {
    }
}
