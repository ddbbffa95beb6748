package logistics;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A driver: a set of enums and a map keyed by an entity (@MapKeyJoinColumn) in collection tables. */
@Entity
public class Driver {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 120)
    String fullName;

    @Column(unique = true, length = 20)
    String licenceNumber;

    @ElementCollection
    @CollectionTable(name = "driver_licence_class")
    @Enumerated(EnumType.STRING)
    @Column(name = "licence_class", length = 4)
    Set<LicenceClass> licenceClasses = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "driver_certification")
    @MapKeyJoinColumn(name = "vehicle_id")
    @Column(name = "certified_on")
    Map<Vehicle, LocalDate> certifications = new HashMap<>();
}
