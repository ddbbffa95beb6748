package billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import java.math.BigDecimal;

/** An account that earns interest. */
@Entity
@PrimaryKeyJoinColumn(name = "account_id")
public class SavingsAccount extends Account {
    @Column(precision = 5, scale = 4) BigDecimal interestRate;
    int termMonths;
}
