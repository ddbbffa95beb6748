package scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Year;

/** A team, in its own schema; its ids come from the package's generator. */
@Entity
@Table(schema = "planning")
public class Team {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheduling_ids")
    Long id;

    @Column(nullable = false, length = 80)
    String name;

    @Column(length = 64)
    String timeZone;

    DayOfWeek weekStart;

    Year foundedIn;
}
