package clinic;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A period of days, open-ended when it has no end. */
@Embeddable
public class Period {
    LocalDate validFrom;

    LocalDate validTo;
}
