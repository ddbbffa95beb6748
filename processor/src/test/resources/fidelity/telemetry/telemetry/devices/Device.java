package telemetry.devices;

import jakarta.persistence.*;
import java.time.Instant;
import telemetry.core.TenantScoped;

/** A device in the field; the alerts module maps a view of the same table (see DeviceRef). */
@Entity
@Table(name = "device", indexes = @Index(columnList = "tenant_id, serialNumber"))
public class Device extends TenantScoped {
    @Column(nullable = false, unique = true, length = 32)
    String serialNumber;

    @ManyToOne(optional = false)
    DeviceModel model;

    @ManyToOne
    Gateway gateway;

    @ManyToOne
    Firmware firmware;

    @Column(length = 80)
    String name;

    Instant installedAt;
}
