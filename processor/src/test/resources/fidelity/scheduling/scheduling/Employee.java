package scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.Date;

/** An employee, sharing the package's sequence with Team, referring to a table in another schema. */
@Entity
@Table(schema = "planning", indexes = @Index(columnList = "lastName, firstName"))
public class Employee {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheduling_ids")
    Long id;

    @ManyToOne
    Team team;

    @Column(nullable = false, length = 60)
    String firstName;

    @Column(nullable = false, length = 60)
    String lastName;

    LocalDate hiredOn;

    @Temporal(TemporalType.DATE)
    Date birthDate;

    @Enumerated(EnumType.STRING)
    Month birthMonth;

    Duration weeklyHours;

    char grade;

    @Column(length = 3)
    Character costCenter;
}
