package hotel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A street address, as a record. */
@Embeddable
public record StreetAddress(
        @Column(length = 120) String street,
        @Column(length = 10) String postalCode,
        @Column(length = 80) String city,
        @Column(length = 2, nullable = false) String countryCode) {
}
