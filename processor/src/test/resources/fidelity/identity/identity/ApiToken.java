package identity;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A machine credential issued to a user. */
@Entity
public class ApiToken {
    @EmbeddedId
    ApiTokenId id;

    @ManyToOne(optional = false)
    @JoinColumns({
        @JoinColumn(name = "issued_to_user", referencedColumnName = "username"),
        @JoinColumn(name = "issued_to_tenant", referencedColumnName = "tenant_code")})
    UserAccount issuedTo;

    Instant expiresAt;
}
