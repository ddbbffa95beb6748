package telemetry.core;

import jakarta.persistence.*;

/** A customer of the platform. */
@Entity
public class Tenant extends AuditedEntity {
    @Column(nullable = false, unique = true, length = 40)
    String slug;

    @Column(nullable = false, length = 120)
    String displayName;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    Plan plan;
}
