package logistics;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The shipments loaded on a vehicle for a day: a unidirectional one-to-many through a join table. */
@Entity
public class Manifest {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Vehicle vehicle;

    @ManyToOne
    Driver driver;

    @Column(nullable = false)
    LocalDate loadDate;

    @OneToMany
    @JoinTable(name = "manifest_shipment")
    List<Shipment> shipments = new ArrayList<>();
}
