package access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.GeneratedValue;

/** An organization's password rules, one per organization. */
@Entity
public class PasswordPolicy {
    @Id
    @GeneratedValue(generator = "policy_ids")
    @SequenceGenerator(name = "policy_ids", sequenceName = "password_policy_seq", initialValue = 10, allocationSize = 1)
    Integer id;

    @OneToOne(optional = false)
    @JoinColumn(name = "organization_id")
    Organization organization;

    @Column(nullable = false)
    short minLength;

    boolean requireDigit;

    boolean requireSymbol;

    Integer maxAgeDays;

    byte historySize;
}
