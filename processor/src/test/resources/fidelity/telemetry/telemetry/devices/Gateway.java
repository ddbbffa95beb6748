package telemetry.devices;

import jakarta.persistence.*;
import telemetry.core.TenantScoped;

/** A gateway devices report through. */
@Entity
public class Gateway extends TenantScoped {
    @Column(nullable = false, unique = true, length = 17)
    String macAddress;

    @Column(length = 45)
    String lastKnownIp;

    @Column(precision = 9, scale = 6)
    java.math.BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    java.math.BigDecimal longitude;
}
