package ledger;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** A monthly transfer between two accounts: two foreign keys to one table, and the amount's value renamed. */
@Entity
public class StandingOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "debit_account_id")
    Account debitAccount;

    @ManyToOne(optional = false)
    @JoinColumn(name = "credit_account_id")
    Account creditAccount;

    @AttributeOverride(name = "value", column = @Column(name = "amount", precision = 18, scale = 2, nullable = false))
    Money amount;

    byte dayOfMonth;

    LocalDate nextExecution;

    @Column(length = 140)
    String reference;
}
