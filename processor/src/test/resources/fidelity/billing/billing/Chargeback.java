package billing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A card payment taken back. */
@Entity
public class Chargeback {
    @Id @GeneratedValue Long id;
    @ManyToOne(optional = false) CardPayment payment;
    String reason;
}
