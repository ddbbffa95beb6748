package telemetry.devices;

import jakarta.persistence.*;
import telemetry.core.AbstractEntity;

/** A hardware model, shared by all tenants. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"vendor", "modelNumber"}))
public class DeviceModel extends AbstractEntity {
    @Column(nullable = false, length = 60)
    String vendor;

    @Column(nullable = false, length = 40)
    String modelNumber;

    short sensorSlots;

    Connectivity connectivity;
}
