package billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A change to a payment, in the same audit log. */
@Entity
@Table(name = "audit_log")
public class PaymentAudit {
    @Id Long id;
    @Column(nullable = false) Instant recordedAt;
    @Column(length = 64) String actor;
    Long paymentId;
    int attempt;
}
