package hotel;

import jakarta.persistence.*;
import java.time.LocalDate;

/**
 * An exception to the cancellation policy negotiated by a corporate account: table and column names so long that
 * the names schemac derives for its constraints and indexes must be cut to PostgreSQL's 63 bytes.
 */
@Entity
@Table(name = "corporate_cancellation_policy_exception_for_negotiated_accounts",
        uniqueConstraints = @UniqueConstraint(columnNames = {"negotiated_account_reference_number", "applies_from"}),
        indexes = @Index(columnList = "negotiated_account_reference_number, hotel_with_exception_id desc"))
public class CorporateCancellationPolicyException {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "negotiated_account_reference_number", nullable = false, length = 20)
    String negotiatedAccountReferenceNumber;

    @ManyToOne(optional = false)
    @JoinColumn(name = "hotel_with_exception_id")
    Hotel hotelWithException;

    @Column(name = "applies_from", nullable = false)
    LocalDate appliesFrom;

    @Column(name = "free_cancellation_hours_before_arrival_for_corporate_account")
    Short freeCancellationHoursBeforeArrival;
}
