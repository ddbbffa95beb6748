package access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import java.time.Instant;

/** A user's password: a UUID generated into a String id, a required one-to-one. */
@Entity
public class Credential {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    String id;

    @OneToOne(optional = false)
    @JoinColumn(name = "user_id")
    UserAccount user;

    @Column(nullable = false, length = 100)
    String passwordHash;

    byte[] salt;

    @Column(length = 32)
    byte[] totpSecret;

    @Enumerated(EnumType.STRING)
    HashAlgorithm algorithm;

    Instant rotatedAt;
}
