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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

/** A user ("user" is reserved): a unique index that Hibernate makes a constraint, a record embeddable. */
@Entity
@Table(name = "user_account", schema = "iam",
        uniqueConstraints = @UniqueConstraint(columnNames = {"organization_id", "login"}),
        indexes = @Index(name = "user_account_email_uk", columnList = "email", unique = true))
public class UserAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 64)
    String login;

    @Column(length = 320)
    String email;

    PersonName name;

    @ManyToOne(optional = false)
    Organization organization;

    @ManyToOne
    LegacyGroup legacyGroup;

    boolean locked;

    int failedLogins;

    @Enumerated(EnumType.STRING)
    @Column(length = 12, nullable = false)
    AccountState state;

    @OneToOne(mappedBy = "user")
    Credential credential;

    @OneToOne(mappedBy = "user")
    Profile profile;

    @Version
    Long version;
}
