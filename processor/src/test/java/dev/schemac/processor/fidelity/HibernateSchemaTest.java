package dev.schemac.processor.fidelity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.processor.Options.NamingStyle;
import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;

/** Hibernate's validation in the fidelity test, run on the mapping it created a schema for, can fail. */
@DatabaseTest
class HibernateSchemaTest {
    /** An entity for Hibernate alone: schemac's processor does not run on the test sources. */
    @Entity(name = "Probe")
    static class Probe {
        @Id
        Long id;

        @Column(length = 20)
        String label;
    }

    @Test
    void validationAcceptsHibernatesOwnSchemaAndRejectsOneThatDoesNotFit() {
        try (TestDatabase hibernateDb = TestDatabase.create(); TestDatabase other = TestDatabase.create();
                HibernateSchema hibernate = new HibernateSchema(List.of(Probe.class), getClass().getClassLoader(),
                        NamingStyle.JPA)) {
            hibernate.create(hibernateDb.dataSource());
            assertDoesNotThrow(() -> hibernate.validate(hibernateDb.dataSource()));

            other.execute("create table probe (id bigint primary key)");
            SchemaManagementException missing = assertThrows(SchemaManagementException.class,
                    () -> hibernate.validate(other.dataSource()));
            assertTrue(missing.getMessage().contains("label"), missing.getMessage());

            other.execute("alter table probe add column label integer");
            SchemaManagementException wrongType = assertThrows(SchemaManagementException.class,
                    () -> hibernate.validate(other.dataSource()));
            assertTrue(wrongType.getMessage().contains("label"), wrongType.getMessage());

            other.execute("alter table probe alter column label type varchar(20)");
            assertDoesNotThrow(() -> hibernate.validate(other.dataSource()));
        }
    }
}
