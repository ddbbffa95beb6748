package clinic;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A value of the clinic model: PersonName. */
@Embeddable
public class PersonName {
    @Column(length = 60) String givenName;
    @Column(length = 60) String familyName;
    @Column(length = 20) String title;
}
