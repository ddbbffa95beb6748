package campus;

import jakarta.persistence.*;

/** An address. */
@Embeddable
public class PostalAddress {
    String line1;

    @Column(length = 10)
    String postalCode;

    @Column(length = 80)
    String city;
}
