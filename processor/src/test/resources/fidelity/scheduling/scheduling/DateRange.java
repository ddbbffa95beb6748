package scheduling;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A range of days. */
@Embeddable
public class DateRange {
    LocalDate startDate;

    LocalDate endDate;

    int days;
}
