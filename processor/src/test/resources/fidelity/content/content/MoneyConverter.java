package content;

import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** Money as numeric; named on each attribute with @Convert. */
@Converter
public class MoneyConverter extends ValueConverter<Money, BigDecimal> {
    @Override
    BigDecimal toColumn(Money value) {
        return value.amount();
    }

    @Override
    Money fromColumn(BigDecimal value) {
        return new Money(value);
    }
}
