package identity;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A login attempt: the older pattern of a key column that a read-only association maps again, and an embedded
 * association renamed by @AssociationOverride on the @Embedded field.
 */
@Entity
public class LoginAttempt {
    @EmbeddedId
    LoginAttemptId id;

    @ManyToOne
    @JoinColumn(name = "personId", insertable = false, updatable = false)
    Person person;

    @Embedded
    @AttributeOverride(name = "resource", column = @Column(name = "login_page", length = 60))
    @AssociationOverride(name = "tenant", joinColumns = @JoinColumn(name = "login_tenant"),
            foreignKey = @ForeignKey(name = "fk_login_tenant"))
    AuditTarget target;

    boolean succeeded;
}
