package telemetry.core;

import jakarta.persistence.*;
import java.time.Instant;

/** Who created a row and when, and its optimistic lock. */
@MappedSuperclass
public abstract class AuditedEntity extends AbstractEntity {
    @Column(nullable = false, updatable = false)
    protected Instant createdAt;

    @Column(length = 64)
    protected String createdBy;

    @Version
    protected int version;
}
