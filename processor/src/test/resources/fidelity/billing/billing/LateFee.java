package billing;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A fee for paying late. */
@Entity
@DiscriminatorValue("1")
public class LateFee extends Fee {
    int daysLate;
}
