package clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person's name. */
@Embeddable
public class PersonName {
    @Column(length = 60)
    String givenName;

    @Column(length = 60)
    String familyName;

    @Column(length = 20)
    String title;
}
