package identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;

/** A user, unique per tenant: an @IdClass key with a derived part (@Id on a @ManyToOne). */
@Entity
@IdClass(UserAccountId.class)
public class UserAccount {
    @Id
    @ManyToOne(optional = false)
    Tenant tenant;

    @Id
    @Column(length = 64)
    String username;

    @Column(length = 254)
    String email;

    @ManyToOne
    Person person;
}
