package hotel;

import jakarta.persistence.*;
import java.time.Duration;
import java.time.LocalDate;

/** A cleaning task for a room; an optional photo of the result. */
@Entity
public class HousekeepingTask {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Room room;

    @ManyToOne
    Staff assignedTo;

    @Column(nullable = false)
    LocalDate scheduledFor;

    Duration planned;

    boolean done;

    byte[] photo;
}
