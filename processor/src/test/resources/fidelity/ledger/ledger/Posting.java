package ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** A posting to an account: the superclass's mapping of the currency column defines it. */
@Entity
public class Posting extends LedgerEntry {
    // a generator name that no @SequenceGenerator declares names the sequence itself
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "posting_seq")
    Long id;

    @ManyToOne(optional = false)
    Account account;

    @Column(precision = 18, scale = 2, nullable = false)
    BigDecimal amount;

    @Column(name = "currency", length = 3)
    String currency;

    @Column(length = 140)
    String reference;
}
