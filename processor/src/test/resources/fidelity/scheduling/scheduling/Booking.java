package scheduling;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Date;
import java.time.Instant;
import java.util.UUID;

/** A room booking: a UUID id (AUTO would take the package's sequence generator), legacy date and time types. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"room_code", "day", "startTime"}))
public class Booking {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    UUID id;

    @ManyToOne(optional = false)
    Room room;

    @ManyToOne
    Meeting meeting;

    java.sql.Date day;

    Time startTime;

    Timestamp cancelledAt;

    @Temporal(TemporalType.TIMESTAMP)
    Date reservedAt;

    @Temporal(TemporalType.TIME)
    Date reminderTime;

    @Temporal(TemporalType.TIMESTAMP)
    Calendar confirmedAt;

    @Temporal(TemporalType.DATE)
    Calendar billingDay;

    @Version
    Instant version;
}
