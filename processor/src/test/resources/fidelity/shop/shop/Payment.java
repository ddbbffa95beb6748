package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/** The payment of an order: UUID ids and the owning side of a one-to-one. */
@Entity
public class Payment {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    UUID id;

    @OneToOne(optional = false)
    @JoinColumn(name = "order_id")
    PurchaseOrder order;

    @Enumerated(EnumType.STRING)
    PaymentMethod method;

    @Column(precision = 19, scale = 4, nullable = false)
    BigDecimal amount;

    @Column(precision = 20)
    BigInteger amountMinorUnits;

    OffsetDateTime authorizedAt;

    ZonedDateTime settledAt;

    @Column(length = 64, unique = true)
    String providerReference;
}
