package telemetry.core;

import jakarta.persistence.*;

/** A row that belongs to one tenant: the third level of the chain, adding an association. */
@MappedSuperclass
public abstract class TenantScoped extends AuditedEntity {
    @ManyToOne(optional = false)
    protected Tenant tenant;
}
