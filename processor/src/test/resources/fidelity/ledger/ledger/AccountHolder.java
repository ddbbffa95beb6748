package ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/**
 * The holder of an account, one per account. The account key is also read as a value, whose column definition
 * wins: Hibernate then makes the join column neither NOT NULL nor unique.
 */
@Entity
public class AccountHolder {
    @Id
    Long id;

    @Column(name = "account_id", insertable = false, updatable = false)
    Long accountId;

    @OneToOne(optional = false)
    Account account;

    @Column(nullable = false, length = 200)
    String fullName;

    @Column(length = 11)
    String taxNumber;
}
