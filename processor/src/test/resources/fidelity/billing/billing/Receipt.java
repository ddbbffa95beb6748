package billing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** A receipt number from Hibernate's default generator table. */
@Entity
public class Receipt {
    @Id @GeneratedValue(strategy = GenerationType.TABLE) Long id;
    BigDecimal amount;
}
