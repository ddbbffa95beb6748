package garage;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** The root of a SINGLE_TABLE hierarchy. */
@Entity
public class Vehicle {
    @Id
    @GeneratedValue
    Long id;

    String plate;
}
