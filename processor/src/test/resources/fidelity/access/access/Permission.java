package access;

import jakarta.persistence.Entity;

/** A permission, keyed by a code through the generic superclass. */
@Entity
public class Permission extends Coded<String> {
    PermissionScope scope;

    boolean dangerous;
}
