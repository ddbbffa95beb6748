package access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An audit record in the iam schema, with an index on the time. */
@Entity
@Table(schema = "iam", indexes = @Index(name = "audit_event_time_idx", columnList = "occurredAt"))
public class AuditEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne
    UserAccount actor;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, nullable = false)
    EventType type;

    @Lob
    String details;

    @Column(nullable = false)
    Instant occurredAt;

    @Column(length = 45)
    String sourceIp;

    Integer httpStatus;

    Long durationMs;
}
