package scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;

/** A meeting: a primitive identity id and the zoned and offset time types. */
@Entity
public class Meeting {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    long id;

    @Column(nullable = false)
    String title;

    @ManyToOne
    Room room;

    @ManyToOne(optional = false)
    Employee organizer;

    OffsetDateTime startsAt;

    ZonedDateTime endsAt;

    Duration duration;

    OffsetTime dailyAt;

    @Column(secondPrecision = 0)
    Instant createdAt;

    @Column(secondPrecision = 3)
    LocalDateTime updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    MeetingKind kind;

    Priority priority;

    @Lob
    String agenda;

    @Version
    Short version;
}
