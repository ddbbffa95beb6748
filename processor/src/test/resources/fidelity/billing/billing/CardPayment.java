package billing;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

/** A payment by card. */
@Entity
@DiscriminatorValue("CARD")
public class CardPayment extends Payment {
    @Column(nullable = false, length = 4) String lastDigits;
    int expiryMonth;
    int expiryYear;
    @ManyToOne(optional = false) Customer cardholder;
    @Column(unique = true, length = 64) String authorizationCode;
}
