package library;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A copy lent to a patron; renewals counted in a byte. */
@Entity
@Table(indexes = {@Index(columnList = "patron_id, dueOn"), @Index(columnList = "copy_id, lentAt desc")})
public class Loan {
    @Id
    @GeneratedValue
    Long id;

    @ManyToOne(optional = false)
    Copy copy;

    @ManyToOne(optional = false)
    Patron patron;

    @Column(nullable = false)
    OffsetDateTime lentAt;

    @Column(nullable = false)
    LocalDate dueOn;

    LocalDate returnedOn;

    byte renewals;
}
