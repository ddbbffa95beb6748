package hotel;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** An amount in a currency. */
@Embeddable
public class Money {
    BigDecimal amount;

    @Column(length = 3)
    String currency;
}
