package identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** A user holding a role: a key made of two composite foreign keys, one with implicit and one with named columns. */
@Entity
@IdClass(MembershipId.class)
public class Membership {
    @Id
    @ManyToOne
    UserAccount user;

    @Id
    @ManyToOne
    @JoinColumns({
        @JoinColumn(name = "role_name", referencedColumnName = "role_name"),
        @JoinColumn(name = "role_tenant", referencedColumnName = "tenant_code")})
    Role role;

    LocalDate grantedOn;
}
