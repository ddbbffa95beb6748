package logistics;

import jakarta.persistence.*;

/** A customer who ships goods; its preferences hold associations whose join columns are overridden. */
@Entity
@AssociationOverrides({
        @AssociationOverride(name = "preferences.preferredCarrier",
                joinColumns = @JoinColumn(name = "preferred_carrier_id")),
        @AssociationOverride(name = "preferences.dropOffHub", joinColumns = @JoinColumn(name = "drop_off_hub_id",
                foreignKey = @ForeignKey(name = "shipper_drop_off_hub_fk")))
})
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
