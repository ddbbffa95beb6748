package telemetry.alerts;

import jakarta.persistence.*;
import java.time.Instant;

/** An alert raised for a device by a rule. */
@Entity
@Table(indexes = {@Index(columnList = "device_id, raisedAt desc"), @Index(columnList = "acknowledgedAt")})
public class Alert {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    AlertRule rule;

    @ManyToOne(optional = false)
    DeviceRef device;

    @Column(nullable = false)
    Instant raisedAt;

    Instant acknowledgedAt;

    Severity severity;

    @Column(length = 1000)
    String message;
}
