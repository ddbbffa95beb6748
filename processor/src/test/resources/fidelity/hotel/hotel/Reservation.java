package hotel;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A reservation in the front desk schema: numbers from a sequence starting at 100000, one at a time. */
@Entity
@Table(schema = "frontdesk", indexes = @Index(columnList = "arrival, departure"))
public class Reservation extends Stamped {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reservation_numbers")
    @SequenceGenerator(name = "reservation_numbers", sequenceName = "reservation_number_seq", schema = "frontdesk",
            initialValue = 100000, allocationSize = 1)
    Long id;

    @Column(nullable = false, unique = true, length = 8)
    String confirmationCode;

    @ManyToOne(optional = false)
    Guest guest;

    @ManyToOne(optional = false)
    RoomType roomType;

    @AttributeOverrides({
            @AttributeOverride(name = "arrival", column = @Column(name = "arrival", nullable = false)),
            @AttributeOverride(name = "departure", column = @Column(name = "departure", nullable = false))
    })
    StayPeriod stay;

    byte adults;

    byte children;

    @Enumerated(EnumType.STRING)
    @Column(length = 12, nullable = false)
    ReservationStatus status;

    @Column(precision = 12, scale = 2)
    BigDecimal totalPrice;

    OffsetDateTime cancelledAt;

    @Version
    int version;
}
