package newsroom;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A paid subscription. */
@Entity
@DiscriminatorValue("P")
public class PaidSubscription extends Subscription {
    @Column(precision = 8, scale = 2)
    BigDecimal monthlyPrice;

    LocalDate paidUntil;
}
