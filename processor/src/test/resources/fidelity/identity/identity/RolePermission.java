package identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;

/** A permission granted to a role: both key parts are associations, one to a composite key. */
@Entity
@IdClass(GrantId.class)
public class RolePermission extends Audited {
    @Id
    @ManyToOne
    Role role;

    @Id
    @ManyToOne
    Permission permission;
}
