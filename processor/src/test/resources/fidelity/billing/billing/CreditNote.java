package billing;

import jakarta.persistence.Entity;

/** An invoice that gives money back. */
@Entity
public class CreditNote extends Invoice {
    String reason;
}
