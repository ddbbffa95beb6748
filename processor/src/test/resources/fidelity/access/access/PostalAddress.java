package access;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address. */
@Embeddable
public class PostalAddress {
    @Column(length = 120)
    String line1;

    @Column(length = 120)
    String line2;

    @Column(length = 80)
    String city;

    @Column(length = 16)
    String zip;

    @Column(length = 2)
    String countryCode;
}
