package hotel;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** A price plan of a room type for a period. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"roomType_id", "code"}))
public class RatePlan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    RoomType roomType;

    @Column(nullable = false, length = 12)
    String code;

    @AttributeOverrides({
            @AttributeOverride(name = "arrival", column = @Column(name = "valid_from")),
            @AttributeOverride(name = "departure", column = @Column(name = "valid_until"))
    })
    StayPeriod validity;

    @Column(precision = 5, scale = 2)
    BigDecimal discountPercent;

    Boolean breakfastIncluded;

    Byte minimumNights;
}
