package logistics;

import jakarta.persistence.*;

/** A customer who ships goods; its preferences hold an association whose join column is overridden. */
@Entity
@AssociationOverride(name = "preferences.preferredCarrier", joinColumns = @JoinColumn(name = "preferred_carrier_id"))
public class Shipper {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 120)
    String companyName;

    @Column(length = 20)
    String vatNumber;

    Address billingAddress;

    ShippingPreferences preferences;
}
