package payroll;

import jakarta.persistence.*;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;

/** Hours worked by an hourly employee: a foreign key to a subclass table. */
@Entity
public class TimesheetEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    HourlyEmployee employee;

    @Column(nullable = false)
    LocalDate workDate;

    @Temporal(TemporalType.TIME)
    Date startedAt;

    Duration worked;

    boolean approved;
}
