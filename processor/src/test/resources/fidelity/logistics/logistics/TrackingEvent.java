package logistics;

import jakarta.persistence.*;
import java.time.Instant;

/** A scan of a shipment: a named foreign key, and one left out because hubs are archived on their own. */
@Entity
@Table(indexes = @Index(columnList = "shipment_id, occurredAt desc"))
public class TrackingEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(foreignKey = @ForeignKey(name = "tracking_event_shipment_fk"))
    Shipment shipment;

    @ManyToOne
    @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    Hub hub;

    @Column(nullable = false)
    Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    TrackingEventType type;

    @Column(length = 500)
    String note;
}
