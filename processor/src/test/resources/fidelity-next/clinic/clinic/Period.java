package clinic;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A value of the clinic model: Period. */
@Embeddable
public class Period {
    LocalDate validFrom;
    LocalDate validTo;
}
