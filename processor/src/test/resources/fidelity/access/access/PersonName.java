package access;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person's name, as a record. */
@Embeddable
public record PersonName(@Column(length = 80) String givenName, @Column(length = 80) String familyName) {
}
