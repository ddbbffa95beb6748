package identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/** What an audit entry is about: an embeddable with an association. */
@Embeddable
public class AuditTarget {
    @ManyToOne
    Tenant tenant;

    @Column(length = 60)
    String resource;
}
