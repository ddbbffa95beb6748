package telemetry.devices;

import jakarta.persistence.*;
import java.time.Instant;
import telemetry.core.TenantScoped;

/** A staged rollout of a firmware to a tenant's devices. */
@Entity
public class FirmwareRollout extends TenantScoped {
    @ManyToOne(optional = false)
    Firmware firmware;

    @Enumerated(EnumType.STRING)
    @Column(length = 12, nullable = false)
    RolloutState state;

    byte percentage;

    Instant startedAt;

    Instant finishedAt;
}
