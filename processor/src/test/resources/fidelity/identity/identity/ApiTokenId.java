package identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import java.util.Objects;

/** An embedded key with an association inside it. */
@Embeddable
public class ApiTokenId implements Serializable {
    @ManyToOne
    Tenant tenant;

    @Column(length = 12)
    String prefix;

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiTokenId id && Objects.equals(tenant, id.tenant) && Objects.equals(prefix, id.prefix);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenant, prefix);
    }
}
