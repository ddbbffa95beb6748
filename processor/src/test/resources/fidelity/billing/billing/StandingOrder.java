package billing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** A monthly transfer into a savings account. */
@Entity
public class StandingOrder {
    @Id @GeneratedValue Long id;
    @ManyToOne(optional = false) SavingsAccount target;
    @ManyToOne Account source;
    BigDecimal amount;
    int dayOfMonth;
}
