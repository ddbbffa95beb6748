package scheduling;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** A request for time off: a smallint identity, an embedded range, two references to one table. */
@Entity
public class TimeOffRequest {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Short id;

    @ManyToOne(optional = false)
    Employee employee;

    @ManyToOne
    Employee approvedBy;

    @Embedded
    DateRange period;

    RequestStatus status;

    @Basic(optional = false)
    LocalDateTime requestedAt;

    @Column(length = 500)
    String reason;

    @Version
    short version;
}
