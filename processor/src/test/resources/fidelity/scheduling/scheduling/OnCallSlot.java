package scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDateTime;

/** Who is on call for a team when: two references to employees, one of them renamed. */
@Entity
@Table(schema = "planning", uniqueConstraints = @UniqueConstraint(columnNames = {"team_id", "startsAt"}))
public class OnCallSlot {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Team team;

    @ManyToOne(optional = false)
    Employee primaryContact;

    @ManyToOne
    @JoinColumn(name = "backup_employee_id")
    Employee backupContact;

    @Column(nullable = false)
    LocalDateTime startsAt;

    @Column(nullable = false)
    LocalDateTime endsAt;

    @Column(secondPrecision = 2)
    LocalDateTime acknowledgedAt;
}
