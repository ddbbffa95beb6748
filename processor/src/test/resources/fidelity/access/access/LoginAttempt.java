package access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A login attempt, kept for lockout and audit; newest first per user. */
@Entity
@Table(schema = "iam", indexes = {@Index(columnList = "user_id, attemptedAt desc"), @Index(columnList = "sourceIp")})
public class LoginAttempt {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne
    UserAccount user;

    @Column(nullable = false, length = 64)
    String loginGiven;

    @Column(nullable = false)
    Instant attemptedAt;

    @Column(length = 45)
    String sourceIp;

    boolean succeeded;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    HashAlgorithm algorithmUsed;
}
