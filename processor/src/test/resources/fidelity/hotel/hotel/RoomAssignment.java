package hotel;

import jakarta.persistence.*;
import java.time.Instant;

/** The room a reservation got: an owning one-to-one, and a named foreign key. */
@Entity
@Table(schema = "frontdesk")
public class RoomAssignment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @OneToOne(optional = false)
    Reservation reservation;

    @ManyToOne(optional = false)
    @JoinColumn(foreignKey = @ForeignKey(name = "room_assignment_room_fk"))
    Room room;

    Instant assignedAt;

    short keyCards;
}
