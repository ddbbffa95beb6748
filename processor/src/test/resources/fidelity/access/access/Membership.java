package access;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** A user's role: a dotted sequence name that puts the sequence into a schema, and a read-only join column. */
@Entity
public class Membership {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_ids")
    @SequenceGenerator(name = "membership_ids", sequenceName = "iam.membership_seq", allocationSize = 1)
    Long id;

    @ManyToOne(optional = false)
    UserAccount user;

    @ManyToOne(optional = false)
    Role role;

    @Embedded
    Validity validity;

    @Column(name = "organization_id", nullable = false)
    Long organizationId;

    @ManyToOne
    @JoinColumn(name = "organization_id", insertable = false, updatable = false)
    Organization organization;
}
