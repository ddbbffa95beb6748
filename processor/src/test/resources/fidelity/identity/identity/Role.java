package identity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

/** A role of a tenant: an @EmbeddedId with an override, one part of it given by the tenant (@MapsId). */
@Entity
public class Role {
    @EmbeddedId
    @AttributeOverride(name = "name", column = @Column(name = "role_name", length = 40))
    RoleId id;

    @MapsId("tenantCode")
    @ManyToOne
    Tenant tenant;

    String description;
}
