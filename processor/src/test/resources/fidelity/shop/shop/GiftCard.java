package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A gift card bought by one customer and redeemed by another. */
@Entity
public class GiftCard {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, unique = true, length = 19)
    String cardNumber;

    @Column(precision = 10, scale = 2, nullable = false)
    BigDecimal balance;

    @ManyToOne
    @JoinColumn(name = "purchased_by")
    Customer purchaser;

    @ManyToOne
    Customer redeemedBy;

    LocalDate expiresOn;

    OffsetDateTime lastUsedAt;
}
