package scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Duration;
import java.time.OffsetDateTime;

/** A reminder: SEQUENCE without a name takes the package's generator; a precision beyond PostgreSQL's. */
@Entity
public class Reminder {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Short id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_ref")
    Meeting meeting;

    @Column(nullable = false)
    Duration leadTime;

    Channel channel;

    @Column(secondPrecision = 9)
    OffsetDateTime sentAt;
}
