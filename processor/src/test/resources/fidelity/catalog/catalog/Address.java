package catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A customer address; every column is NOT NULL, so a set of them is keyed by all of them. */
@Embeddable
public class Address {
    @Column(nullable = false, length = 120)
    String street;

    @Column(nullable = false, length = 80)
    String city;

    @Column(nullable = false, length = 2)
    String country;
}
