package clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address. */
@Embeddable
public class Address {
    String street;

    @Column(length = 10)
    String postalCode;

    @Column(length = 80)
    String city;

    @Column(length = 2)
    String countryCode;
}
