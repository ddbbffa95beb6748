package identity;

import java.io.Serializable;
import java.util.Objects;

/** The id class of {@link UserAccount}: the tenant's code and the user name. */
public class UserAccountId implements Serializable {
    String tenant;
    String username;

    @Override
    public boolean equals(Object other) {
        return other instanceof UserAccountId id && Objects.equals(tenant, id.tenant)
                && Objects.equals(username, id.username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenant, username);
    }
}
