package logistics;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** A carrier and its rate per kilogram for each service level: a map keyed by an enum. */
@Entity
public class Carrier {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 100)
    String name;

    @Column(nullable = false, unique = true, length = 4)
    String scac;

    @ElementCollection
    @CollectionTable(name = "carrier_rate", joinColumns = @JoinColumn(name = "carrier_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "service_level", length = 12)
    @Column(name = "rate_per_kg", precision = 10, scale = 4)
    Map<ServiceLevel, BigDecimal> rates = new EnumMap<>(ServiceLevel.class);
}
