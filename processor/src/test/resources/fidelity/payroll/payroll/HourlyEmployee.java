package payroll;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** An employee paid by the hour. */
@Entity
@DiscriminatorValue("HOURLY")
public class HourlyEmployee extends Worker {
    @Column(precision = 8, scale = 2, nullable = false)
    BigDecimal hourlyRate;

    short weeklyHours;

    char payCycle;
}
