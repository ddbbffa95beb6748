package hotel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A guest's name. */
@Embeddable
public record PersonName(@Column(length = 80) String givenName, @Column(nullable = false, length = 80) String familyName) {
}
