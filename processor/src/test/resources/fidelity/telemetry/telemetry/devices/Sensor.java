package telemetry.devices;

import jakarta.persistence.*;
import telemetry.core.AbstractEntity;

/** A sensor on a device slot. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"device_id", "slot"}))
public class Sensor extends AbstractEntity {
    @ManyToOne(optional = false)
    Device device;

    short slot;

    @Enumerated(EnumType.STRING)
    @Column(length = 16, nullable = false)
    Quantity quantity;

    @Column(length = 12)
    String unit;

    Double calibrationOffset;
}
