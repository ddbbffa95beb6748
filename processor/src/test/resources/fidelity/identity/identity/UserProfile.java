package identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/**
 * A user's profile, sharing the user's composite key: a one-to-one that is the whole key, whose unique constraint
 * gives the primary key its column order.
 */
@Entity
public class UserProfile {
    @Id
    @OneToOne
    UserAccount user;

    @Column(length = 500)
    String biography;
}
