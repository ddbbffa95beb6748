package garage;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Map;

/** A mechanic: a unidirectional one-to-many into a SINGLE_TABLE subclass, a map keyed by an entity. */
@Entity
public class Mechanic {
    @Id
    @GeneratedValue
    Long id;

    String name;

    @OneToMany
    @JoinColumn(name = "serviced_by")
    @OrderColumn(name = "service_order")
    List<Truck> servicedTrucks;

    @ElementCollection
    @MapKeyJoinColumn(name = "vehicle_id")
    Map<Vehicle, Integer> hoursPerVehicle;

    @ElementCollection
    List<Assignment> pastAssignments;
}
