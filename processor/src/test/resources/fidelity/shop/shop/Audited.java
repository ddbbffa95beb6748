package shop;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;

/** The second link of the chain: audit columns and the optimistic lock. */
@MappedSuperclass
public abstract class Audited extends Identified {
    @Column(nullable = false)
    protected Instant createdAt;

    protected LocalDateTime updatedAt;

    @Column(length = 64)
    protected String updatedBy;

    @Version
    protected long version;
}
