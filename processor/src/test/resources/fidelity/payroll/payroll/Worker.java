package payroll;

import jakarta.persistence.*;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/** Anyone on the payroll: the root of a JOINED hierarchy with a discriminator column of its own. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "worker_type", length = 12)
public abstract class Worker {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "worker_seq")
    @SequenceGenerator(name = "worker_seq", allocationSize = 25)
    Long id;

    @Column(nullable = false, length = 150)
    String fullName;

    @Temporal(TemporalType.DATE)
    Date birthDate;

    Locale preferredLocale;

    TimeZone timeZone;

    @ManyToOne
    Department department;

    BankDetails bankDetails;

    @Version
    long version;
}
