package payroll;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.net.URL;
import java.util.Currency;

/** An external contractor, invoiced in its own currency. */
@Entity
@DiscriminatorValue("CONTRACTOR")
public class Contractor extends Worker {
    @Column(length = 120)
    String companyName;

    URL website;

    @Column(precision = 10, scale = 2)
    BigDecimal dayRate;

    Currency currency;
}
