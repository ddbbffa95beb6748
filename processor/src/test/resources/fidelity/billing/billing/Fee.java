package billing;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** A charge on an account; the kind of fee is a number. */
@Entity
@DiscriminatorColumn(name = "fee_type", discriminatorType = DiscriminatorType.INTEGER)
@DiscriminatorValue("0")
public class Fee {
    @Id @GeneratedValue Long id;
    @ManyToOne(optional = false) Account account;
    @Column(precision = 12, scale = 2) BigDecimal amount;
    @Column int quantity;
}
