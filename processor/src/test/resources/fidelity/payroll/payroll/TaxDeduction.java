package payroll;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** Income tax withheld. */
@Entity
public class TaxDeduction extends Deduction {
    @Column(length = 4, nullable = false)
    String taxCode;

    @Column(precision = 5, scale = 4)
    BigDecimal rate;
}
