package garage;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;

/** A SINGLE_TABLE subclass with an embedded value holding an association. */
@Entity
public class Truck extends Vehicle {
    int axles;

    @Embedded
    Assignment assignment;
}
