package billing;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A payment by bank transfer. */
@Entity
@DiscriminatorValue("BANK")
public class BankTransfer extends Payment {
    @Column(length = 34) String iban;
    @Basic(optional = false) String reference;
}
