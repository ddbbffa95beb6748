package ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A daily exchange rate between two currencies. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"baseCurrency", "quoteCurrency", "validOn"}))
public class ExchangeRate {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 3)
    String baseCurrency;

    @Column(nullable = false, length = 3)
    String quoteCurrency;

    @Column(nullable = false, precision = 19, scale = 8)
    BigDecimal rate;

    @Column(nullable = false)
    LocalDate validOn;
}
