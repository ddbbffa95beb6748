package ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** An account: the branch key as a read-only value beside the association; the value's column definition wins. */
@Entity
public class Account {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true, length = 34)
    String iban;

    @Column(name = "branch_code", length = 8, nullable = false, insertable = false, updatable = false)
    String branchCode;

    @ManyToOne
    @JoinColumn(name = "branch_code")
    Branch branch;

    @Column(precision = 18, scale = 2, nullable = false)
    BigDecimal balance;

    @Version
    int version;
}
