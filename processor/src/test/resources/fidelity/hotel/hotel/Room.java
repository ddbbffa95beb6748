package hotel;

import jakarta.persistence.*;

/** A physical room; its housekeeping state by ordinal. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"hotel_id", "roomNumber"}),
        indexes = @Index(columnList = "state, floorNumber"))
public class Room {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Hotel hotel;

    @ManyToOne(optional = false)
    RoomType roomType;

    @Column(nullable = false, length = 6)
    String roomNumber;

    short floorNumber;

    boolean smoking;

    HousekeepingState state;
}
