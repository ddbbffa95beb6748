package garage;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** Who drives a truck since when. */
@Embeddable
public class Assignment {
    @ManyToOne
    Mechanic driver;

    LocalDate since;
}
