package logistics;

import jakarta.persistence.*;

/** How a shipper likes to ship: an embeddable holding an association. */
@Embeddable
public class ShippingPreferences {
    @ManyToOne
    Carrier preferredCarrier;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    ServiceLevel defaultServiceLevel;

    boolean signatureRequired;
}
