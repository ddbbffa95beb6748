package access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An OAuth 2 client: acronyms and digits in names. */
@Entity
public class OAuth2Client {
    @Id
    @Column(length = 64)
    String clientID;

    @Column(nullable = false, length = 2048)
    String redirectURI;

    @Column(length = 100)
    String secretSHA256;

    @ManyToOne(optional = false)
    Organization ownerOrg;

    boolean requireProofKeyForCodeExchange;

    int accessTokenTtlSeconds;

    Integer refreshTokenTTLSeconds;
}
