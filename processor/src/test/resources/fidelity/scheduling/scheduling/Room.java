package scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A room, keyed by its code; floating-point columns sized by precision. */
@Entity
public class Room {
    @Id
    @Column(length = 12)
    String code;

    int capacity;

    short floor;

    boolean hasProjector;

    @Column(precision = 5)
    float areaSqm;

    @Column(precision = 10)
    Float ceilingHeight;

    double hourlyRate;

    Long cleaningCostCents;
}
