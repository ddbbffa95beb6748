package telemetry.readings;

import jakarta.persistence.*;
import java.time.Instant;
import telemetry.devices.Sensor;

/** A value a sensor recorded: generic in the value's type, which each reading table fixes. */
@MappedSuperclass
public abstract class Measurement<V> {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    @ManyToOne(optional = false)
    Sensor sensor;

    @Column(nullable = false)
    Instant recordedAt;

    @Column(name = "reading")
    V reading;

    boolean estimated;
}
