package identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The embedded key of {@link Role}. */
@Embeddable
public class RoleId implements Serializable {
    @Column(length = 32)
    String tenantCode;

    @Column(length = 40)
    String name;

    @Override
    public boolean equals(Object other) {
        return other instanceof RoleId id && Objects.equals(tenantCode, id.tenantCode) && Objects.equals(name, id.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantCode, name);
    }
}
