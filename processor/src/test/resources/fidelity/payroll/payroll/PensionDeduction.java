package payroll;

import jakarta.persistence.*;

/** A pension contribution, with the employer's matching share. */
@Entity
public class PensionDeduction extends Deduction {
    @Column(length = 80)
    String fundName;

    @Convert(converter = MoneyConverter.class)
    Money employerShare;
}
