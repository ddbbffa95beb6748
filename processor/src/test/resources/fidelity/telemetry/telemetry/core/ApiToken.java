package telemetry.core;

import jakarta.persistence.*;
import java.time.Instant;

/** A token devices and integrations authenticate with; a unique index on its hash. */
@Entity
@Table(indexes = @Index(name = "api_token_hash_uk", columnList = "tokenHash", unique = true))
public class ApiToken extends TenantScoped {
    @Column(nullable = false, length = 64)
    String tokenHash;

    @Column(length = 80)
    String label;

    Instant expiresAt;

    boolean revoked;
}
