package clinic;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A value of the clinic model: Address. */
@Embeddable
public class Address {
    String street;
    @Column(length = 10) String postalCode;
    @Column(length = 80) String city;
    @Column(length = 2) String countryCode;
}
