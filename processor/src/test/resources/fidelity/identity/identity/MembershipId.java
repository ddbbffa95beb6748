package identity;

import java.io.Serializable;
import java.util.Objects;

/** The id class of {@link Membership}: the ids of the user and of the role. */
public class MembershipId implements Serializable {
    UserAccountId user;
    RoleId role;

    @Override
    public boolean equals(Object other) {
        return other instanceof MembershipId id && Objects.equals(user, id.user) && Objects.equals(role, id.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(user, role);
    }
}
