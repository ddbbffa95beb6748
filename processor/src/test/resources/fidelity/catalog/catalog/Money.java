package catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An amount with its currency. */
@Embeddable
public class Money {
    BigDecimal amount;

    @Column(length = 3)
    String currency;
}
