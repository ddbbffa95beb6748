package clinic;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A value of the clinic model: Dosage. */
@Embeddable
public class Dosage {
    @Column(precision = 8, scale = 3) BigDecimal amount;
    @Column(length = 12) String doseUnit;
    short timesPerDay;
}
