package logistics;

import jakarta.persistence.*;

/** How a shipper likes to ship: an embeddable holding associations. */
@Embeddable
public class ShippingPreferences {
    @ManyToOne
    Carrier preferredCarrier;

    @ManyToOne
    Hub dropOffHub;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    ServiceLevel defaultServiceLevel;

    boolean signatureRequired;
}
