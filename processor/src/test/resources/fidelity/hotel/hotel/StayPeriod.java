package hotel;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The nights of a stay. */
@Embeddable
public record StayPeriod(LocalDate arrival, LocalDate departure) {
}
