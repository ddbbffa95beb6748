package hotel;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.ZonedDateTime;

/** The bill of a stay. */
@Entity
public class Folio extends Stamped {
    @Id
    @GeneratedValue
    Long id;

    @OneToOne
    @JoinColumn(name = "reservation_id")
    Reservation reservation;

    @Column(precision = 12, scale = 2, nullable = false)
    BigDecimal balance;

    ZonedDateTime closedAt;
}
