package hotel;

import jakarta.persistence.*;
import java.time.LocalTime;

/** A hotel: an id sequence declared on the entity, a record embeddable address, times of day. */
@Entity
@SequenceGenerator(name = "hotel_ids", sequenceName = "hotel_seq", allocationSize = 5)
public class Hotel {
    @Id
    @GeneratedValue(generator = "hotel_ids")
    Integer id;

    @Column(nullable = false, length = 120)
    String name;

    StreetAddress address;

    byte starRating;

    @Column(secondPrecision = 0)
    LocalTime checkInFrom;

    LocalTime checkOutUntil;

    @Column(length = 3, nullable = false)
    String currency;
}
