package content;

import java.math.BigDecimal;

/** An amount in the site's currency. */
public record Money(BigDecimal amount) {
}
