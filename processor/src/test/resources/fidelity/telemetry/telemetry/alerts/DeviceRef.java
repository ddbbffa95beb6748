package telemetry.alerts;

import jakarta.persistence.*;
import java.time.Instant;

/**
 * The alerts module's view of the device table, which the device registry owns: a second entity mapped to the
 * same table, adding a column of its own. Hibernate merges both into one table.
 */
@Entity
@Table(name = "device")
public class DeviceRef {
    @Id
    Long id;

    @Column(nullable = false, unique = true, length = 32, insertable = false, updatable = false)
    String serialNumber;

    Instant lastAlertAt;
}
