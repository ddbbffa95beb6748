package dev.schemac.processor.fidelity;

import dev.schemac.processor.Options.NamingStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * Starts Hibernate ORM on a database for a corpus's compiled entities, configured as a project with that naming
 * style configures it, and lets it either create its schema or validate the schema that is there.
 */
final class HibernateSchema {
    /**
     * Hibernate logs through java.util.logging here; its boot messages and warnings (deprecated {@code @Temporal},
     * PostgreSQL cutting {@code timestamp(9)} to 6) would drown the test's output. Failures throw.
     */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    static {
        HIBERNATE_LOG.setLevel(Level.SEVERE);
    }

    private final List<Class<?>> managedTypes;
    private final ClassLoader loader;
    private final NamingStyle naming;

    /** Hibernate for these entities, embeddables, mapped superclasses and converters, as a scan finds them. */
    HibernateSchema(List<Class<?>> managedTypes, ClassLoader loader, NamingStyle naming) {
        this.managedTypes = managedTypes;
        this.loader = loader;
        this.naming = naming;
    }

    /** Creates Hibernate's own schema in an empty database, stopping at the first statement that fails. */
    void create(DataSource dataSource) {
        start(dataSource, "create-only");
    }

    /** Validates the database's schema against the entities; throws when Hibernate finds it does not fit. */
    void validate(DataSource dataSource) {
        start(dataSource, "validate");
    }

    private void start(DataSource dataSource, String action) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        settings.put(AvailableSettings.HBM2DDL_AUTO, action);
        // Hibernate's default only logs a failing DDL statement and goes on
        settings.put(AvailableSettings.HBM2DDL_HALT_ON_ERROR, true);
        // Hibernate needs the schemas of @Table(schema) to exist; schemac creates them too
        settings.put(AvailableSettings.HBM2DDL_CREATE_NAMESPACES, true);
        if (naming == NamingStyle.SPRING) {
            // by name: the class is deprecated in Hibernate 7, yet it is what Spring Boot configures
            settings.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY,
                    "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
            settings.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, new SpringImplicitNaming());
        }
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            managedTypes.forEach(sources::addAnnotatedClass);
            managedTypes.stream().map(Class::getPackageName).distinct().forEach(sources::addPackage);
            try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
                // starting it was the point: the schema action runs while the factory is built
                factory.getMetamodel();
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
