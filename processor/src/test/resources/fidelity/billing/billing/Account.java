package billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account in the ledger; each kind of account keeps its own details in a table of its own. */
@Entity
@Table(name = "accounts")
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Account {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_ids")
    @SequenceGenerator(name = "account_ids", sequenceName = "account_seq", initialValue = 1000, allocationSize = 20)
    Long id;
    @Column(nullable = false, unique = true, length = 34) String accountNumber;
    Instant openedAt;
    @ManyToOne(optional = false) Customer owner;
}
