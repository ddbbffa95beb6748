package ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An amount in a currency. */
@Embeddable
public class Money {
    @Column(precision = 18, scale = 2)
    BigDecimal value;

    @Column(name = "currency", length = 3, nullable = false)
    String currency;
}
