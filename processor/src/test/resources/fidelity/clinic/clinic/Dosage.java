package clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** How much of a medication, how often. */
@Embeddable
public class Dosage {
    @Column(precision = 8, scale = 3)
    BigDecimal amount;

    @Column(length = 12)
    String doseUnit;

    short timesPerDay;
}
