package identity;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.time.Instant;

/** An audit log line: composite foreign keys named, unnamed, without constraint, and a composite one-to-one. */
@Entity
public class AuditEntry {
    @Id
    @GeneratedValue
    Long id;

    @ManyToOne(optional = false)
    @JoinColumns(value = {
        @JoinColumn(name = "actor_user", referencedColumnName = "username"),
        @JoinColumn(name = "actor_tenant", referencedColumnName = "tenant_code")},
            foreignKey = @ForeignKey(name = "fk_audit_actor"))
    UserAccount actor;

    @ManyToOne
    UserAccount subject;

    @ManyToOne
    @JoinColumns(value = {
        @JoinColumn(name = "role_tenant", referencedColumnName = "tenant_code"),
        @JoinColumn(name = "role_name", referencedColumnName = "role_name")},
            foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    Role role;

    @OneToOne
    ApiToken token;

    @Embedded
    AuditTarget target;

    Instant occurredAt;
}
