package shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;

/** A customer with two addresses of one embeddable type, the second renamed column by column. */
@Entity
@Table(name = "customers", uniqueConstraints = @UniqueConstraint(columnNames = "email"))
public class Customer extends Audited implements Party {
    // unique twice, by the column and by the table: one constraint in the end
    @Column(nullable = false, length = 320, unique = true)
    String email;

    @Column(name = "display_name", length = 100)
    String displayName;

    Address billingAddress;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "ship_street")),
            @AttributeOverride(name = "city", column = @Column(name = "ship_city", length = 80)),
            @AttributeOverride(name = "postalCode", column = @Column(name = "ship_postal_code", length = 16)),
            @AttributeOverride(name = "country", column = @Column(name = "ship_country")),
            @AttributeOverride(name = "location.latitude", column = @Column(name = "ship_lat")),
            @AttributeOverride(name = "location.longitude", column = @Column(name = "ship_lon"))
    })
    Address shippingAddress;

    boolean newsletter;

    @Enumerated(EnumType.STRING)
    CustomerTier tier;

    LocalDate birthDate;

    Character preferredInitial;

    @ManyToOne(targetEntity = Customer.class)
    Party referredBy;
}
