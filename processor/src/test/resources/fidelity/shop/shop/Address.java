package shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** A postal address with a nested embeddable, renamed here unless the entity renames it again. */
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
    @AttributeOverride(name = "latitude", column = @Column(name = "lat"))
    @AttributeOverride(name = "longitude", column = @Column(name = "lon"))
    GeoPoint location;
}
