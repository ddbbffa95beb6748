package content;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Currency;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.NaturalId;

/** A reader's subscription: money through a converter, decimals with and without precision, zone types. */
@Entity
public class Subscription {
    @Id
    Long id;

    @NaturalId
    @ManyToOne
    Author reader;

    @NaturalId
    @Column(name = "plan_code", length = 16)
    String plan;

    @Convert(converter = MoneyConverter.class)
    Money price;

    @Convert(converter = MoneyConverter.class)
    @Column(precision = 10, scale = 2)
    Money discount;

    Currency currency;

    BigDecimal taxRate;

    @Column(precision = 5, scale = 4)
    BigDecimal share;

    @Column(precision = 20)
    BigInteger credits;

    @Column(precision = 6)
    double weight;

    ZoneOffset billingOffset;

    Year since;

    OffsetDateTime renewsAt;

    @Column(secondPrecision = 0)
    ZonedDateTime startedAt;

    @ColumnDefault("'monthly'")
    @Column(length = 10, nullable = false)
    String period;
}
