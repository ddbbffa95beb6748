package scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** How a meeting repeats: an owning one-to-one and a java.time enum by name. */
@Entity
public class Recurrence {
    @Id
    @GeneratedValue(generator = "scheduling_ids")
    Long id;

    @OneToOne(optional = false)
    Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(length = 9)
    DayOfWeek weekday;

    short repeatEvery;

    LocalDate repeatUntil;

    Integer occurrences;
}
