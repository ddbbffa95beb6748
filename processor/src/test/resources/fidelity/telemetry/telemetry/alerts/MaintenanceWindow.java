package telemetry.alerts;

import jakarta.persistence.*;
import java.time.LocalDateTime;
import telemetry.core.TenantScoped;

/** A period in which a tenant's alerts are muted. */
@Entity
public class MaintenanceWindow extends TenantScoped {
    @Column(nullable = false)
    LocalDateTime startsAt;

    @Column(nullable = false)
    LocalDateTime endsAt;

    @Column(length = 200)
    String reason;
}
