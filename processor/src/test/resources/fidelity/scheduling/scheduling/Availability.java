package scheduling;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** A room's weekly availability: one embeddable twice, renamed with repeated overrides, and every wrapper. */
@Entity
public class Availability {
    @Id
    Long id;

    @OneToOne(optional = false)
    Room room;

    @AttributeOverride(name = "opensAt", column = @Column(name = "weekday_opens"))
    @AttributeOverride(name = "closesAt", column = @Column(name = "weekday_closes"))
    @AttributeOverride(name = "closed", column = @Column(name = "weekday_closed", nullable = false))
    TimeWindow weekdays;

    @AttributeOverride(name = "opensAt", column = @Column(name = "weekend_opens", secondPrecision = 2))
    @AttributeOverride(name = "closesAt", column = @Column(name = "weekend_closes"))
    @AttributeOverride(name = "closed", column = @Column(name = "weekend_closed"))
    TimeWindow weekend;

    Boolean bookable;

    Byte maxParallel;

    Short bufferMinutes;

    Integer minDurationMinutes;

    Long maxDurationSeconds;

    Float utilisation;

    Double costFactor;

    Character colourCode;

    @Version
    LocalDateTime version;
}
