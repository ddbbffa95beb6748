package logistics;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A shipment: two addresses of one embeddable type with every column renamed, its parcels by a join column in
 * their table with an order column, and handling tags in a default join table.
 */
@Entity
@Table(indexes = @Index(columnList = "status, createdOn desc"))
public class Shipment {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    @Column(nullable = false, unique = true, length = 22)
    String trackingNumber;

    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "origin_street")),
            @AttributeOverride(name = "postalCode", column = @Column(name = "origin_postal_code", length = 10)),
            @AttributeOverride(name = "city", column = @Column(name = "origin_city", length = 80)),
            @AttributeOverride(name = "countryCode", column = @Column(name = "origin_country", length = 2))
    })
    Address origin;

    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "destination_street")),
            @AttributeOverride(name = "postalCode", column = @Column(name = "destination_postal_code",
                    length = 10)),
            @AttributeOverride(name = "city", column = @Column(name = "destination_city", length = 80)),
            @AttributeOverride(name = "countryCode", column = @Column(name = "destination_country", length = 2,
                    nullable = false))
    })
    Address destination;

    @ManyToOne(optional = false)
    Shipper shipper;

    @ManyToOne
    Carrier carrier;

    @OneToMany
    @JoinColumn(name = "shipment_id")
    @OrderColumn(name = "parcel_index")
    List<Parcel> parcels = new ArrayList<>();

    @ManyToMany
    Set<HandlingTag> tags = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 16, nullable = false)
    ShipmentStatus status;

    java.time.LocalDate createdOn;
}
