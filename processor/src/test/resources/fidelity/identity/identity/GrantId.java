package identity;

import java.io.Serializable;
import java.util.Objects;

/** The id class of {@link RolePermission}. */
public class GrantId implements Serializable {
    RoleId role;
    Long permission;

    @Override
    public boolean equals(Object other) {
        return other instanceof GrantId id && Objects.equals(role, id.role) && Objects.equals(permission, id.permission);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, permission);
    }
}
