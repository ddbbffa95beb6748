package identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A customer of the platform, keyed by a short code that other keys are derived from. */
@Entity
public class Tenant {
    @Id
    @Column(length = 32)
    String code;

    @Column(nullable = false, length = 120)
    String displayName;
}
