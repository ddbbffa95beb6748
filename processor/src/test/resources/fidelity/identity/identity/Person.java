package identity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** The human behind user accounts; profile, settings and avatar share its key. */
@Entity
public class Person {
    @Id
    @GeneratedValue
    Long id;

    String fullName;
}
