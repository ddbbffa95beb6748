package dev.schemac.processor.fidelity;

import dev.schemac.processor.Options.NamingStyle;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Starts Hibernate ORM on a database for a corpus's compiled entities, configured as a project with that naming
 * style configures it: it creates its own schema there, and can then validate another database's schema with the
 * same mapping, without starting a second time.
 */
final class HibernateSchema implements AutoCloseable {
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
    private StandardServiceRegistry registry;
    private Metadata metadata;
    private Map<String, Object> settings;

    /** Hibernate for these entities, embeddables, mapped superclasses and converters, as a scan finds them. */
    HibernateSchema(List<Class<?>> managedTypes, ClassLoader loader, NamingStyle naming) {
        this.managedTypes = managedTypes;
        this.loader = loader;
        this.naming = naming;
    }

    /**
     * Starts Hibernate on an empty database as an application does, letting it create its schema there, and
     * stopping at the first statement that fails; throws when Hibernate rejects the mapping.
     */
    void create(DataSource dataSource) {
        if (registry != null) {
            throw new IllegalStateException("Hibernate was started already");
        }
        settings = new HashMap<>();
        settings.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        settings.put(AvailableSettings.HBM2DDL_AUTO, "create-only");
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
        // kept after the factory closes, to validate with the same mapping
        registry = new StandardServiceRegistryBuilder(bootstrap).disableAutoClose().applySettings(settings).build();
        MetadataSources sources = new MetadataSources(registry);
        managedTypes.forEach(sources::addAnnotatedClass);
        managedTypes.stream().map(Class::getPackageName).distinct().forEach(sources::addPackage);
        metadata = sources.buildMetadata();
        try (SessionFactory factory = metadata.buildSessionFactory()) {
            // starting it was the point: the schema action runs while the factory is built
            factory.getMetamodel();
        }
    }

    /**
     * Validates another database's schema against the mapping, as {@code hbm2ddl.auto=validate} does when an
     * application starts; throws when Hibernate finds it does not fit.
     */
    void validate(DataSource dataSource) {
        if (metadata == null) {
            throw new IllegalStateException("Hibernate must create its own schema first");
        }
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Object> validation = new HashMap<>(settings);
            validation.put(AvailableSettings.HBM2DDL_AUTO, "validate");
            validation.put(AvailableSettings.JAKARTA_HBM2DDL_CONNECTION, connection);
            SchemaManagementToolCoordinator.process(metadata, registry, validation, action -> { });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database to validate", e);
        }
    }

    @Override
    public void close() {
        if (registry != null) {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
