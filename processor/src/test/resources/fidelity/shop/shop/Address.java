package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** A postal address with a nested embeddable. */
@Embeddable
public class Address {
    String street;

    @Column(length = 80)
    String city;

    @Column(name = "postal_code", length = 16)
    String postalCode;

    @Column(length = 2, nullable = false)
    String country;

    @Embedded
    GeoPoint location;
}
