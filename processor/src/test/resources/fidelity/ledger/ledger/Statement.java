package ledger;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A monthly statement: the embedded balance's currency column is also read on its own, and Hibernate binds that
 * attribute first ("billingCurrency" before "closing"), so the column is nullable despite the embeddable.
 */
@Entity
public class Statement {
    @Id
    @GeneratedValue
    Long id;

    @ManyToOne(optional = false)
    Account account;

    @AttributeOverride(name = "value", column = @Column(name = "closing_balance", precision = 18, scale = 2))
    Money closing;

    @Column(name = "currency", length = 3, insertable = false, updatable = false)
    String billingCurrency;

    int year;

    int month;
}
