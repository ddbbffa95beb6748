package payroll;

import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;

/** One monthly payroll run. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"fiscalYear", "month"}))
public class PayrollRun {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    Year fiscalYear;

    short month;

    ZoneOffset payrollOffset;

    OffsetDateTime executedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    RunState state;
}
