package logistics;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Fuel taken by a vehicle on a day: an @IdClass of two basic parts, one also read through the association. */
@Entity
@IdClass(FuelLogId.class)
public class FuelLog {
    @Id
    Long vehicleId;

    @Id
    LocalDate day;

    @ManyToOne
    @JoinColumn(name = "vehicleId", insertable = false, updatable = false)
    Vehicle vehicle;

    @Column(precision = 7, scale = 2)
    BigDecimal liters;

    int odometerKm;
}
