package access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A login session: an assigned UUID, and indexes with a descending column. */
@Entity
@Table(indexes = {@Index(columnList = "user_id"), @Index(columnList = "expiresAt desc, user_id asc")})
public class AuthSession {
    @Id
    UUID id;

    @ManyToOne(optional = false)
    UserAccount user;

    @Column(length = 45)
    String ipAddress;

    @Column(length = 512)
    String userAgent;

    @Column(nullable = false)
    Instant createdAt;

    @Column(nullable = false)
    Instant expiresAt;

    @Column(secondPrecision = 0)
    Instant lastSeenAt;

    boolean revoked;
}
