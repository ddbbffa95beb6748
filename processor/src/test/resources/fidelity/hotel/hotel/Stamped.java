package hotel;

import jakarta.persistence.*;
import java.time.Instant;

/** When a row was created and last changed. */
@MappedSuperclass
public abstract class Stamped {
    @Column(nullable = false)
    Instant createdAt;

    Instant updatedAt;
}
