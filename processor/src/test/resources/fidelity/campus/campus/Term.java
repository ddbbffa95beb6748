package campus;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.Year;

/** An academic term; its season is stored by ordinal. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"academicYear", "season"}))
public class Term {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    Year academicYear;

    @Enumerated(EnumType.ORDINAL)
    Season season;

    LocalDate startsOn;

    LocalDate endsOn;
}
