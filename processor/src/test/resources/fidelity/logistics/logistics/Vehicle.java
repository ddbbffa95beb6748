package logistics;

import jakarta.persistence.*;

/** A truck or van of a carrier; its kind is stored by ordinal. */
@Entity
public class Vehicle {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true, length = 12)
    String plate;

    @ManyToOne(optional = false)
    Carrier carrier;

    int capacityKg;

    @Enumerated(EnumType.ORDINAL)
    VehicleKind kind;
}
