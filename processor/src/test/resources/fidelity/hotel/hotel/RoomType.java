package hotel;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** A kind of room a hotel sells; its amenities as long text. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"hotel_id", "code"}))
public class RoomType {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Hotel hotel;

    @Column(nullable = false, length = 8)
    String code;

    byte maxOccupancy;

    @Column(precision = 10, scale = 2, nullable = false)
    BigDecimal baseRate;

    @Column(length = Integer.MAX_VALUE)
    String amenities;
}
