package access;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** A permission granted to a role: a join column named after a non-"id" key, and a named foreign key. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"role_id", "permission_code"}))
public class RoleGrant {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Role role;

    @ManyToOne(optional = false)
    Permission permission;

    @ManyToOne
    @JoinColumn(foreignKey = @ForeignKey(name = "role_grant_granted_by_fk"))
    UserAccount grantedBy;

    Instant grantedAt;
}
