package billing;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** A bill. */
@Entity
public class Invoice extends Document {
    @ManyToOne Customer billedTo;
    BigDecimal total;
    boolean paid;
}
