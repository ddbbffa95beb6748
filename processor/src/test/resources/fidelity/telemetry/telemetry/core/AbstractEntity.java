package telemetry.core;

import jakarta.persistence.*;

/** The id every entity of the platform has: the top of a chain of mapped superclasses. */
@MappedSuperclass
public abstract class AbstractEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    protected Long id;
}
