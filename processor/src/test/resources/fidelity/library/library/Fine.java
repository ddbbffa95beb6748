package library;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A fine for a late or lost loan, paid or waived. */
@Entity
public class Fine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @OneToOne(optional = false)
    Loan loan;

    @Column(precision = 6, scale = 2, nullable = false)
    BigDecimal amount;

    LocalDate paidOn;

    boolean waived;

    @Column(length = 200)
    String waiverReason;
}
