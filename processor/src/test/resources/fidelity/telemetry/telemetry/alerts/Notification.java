package telemetry.alerts;

import jakarta.persistence.*;
import java.time.Instant;

/** A notification sent about an alert. */
@Entity
public class Notification {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Alert alert;

    @Enumerated(EnumType.STRING)
    @Column(length = 8, nullable = false)
    Channel channel;

    @Column(nullable = false, length = 320)
    String recipient;

    Instant sentAt;

    short attempts;
}
