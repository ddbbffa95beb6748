package shop;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A coupon identified by its code, assigned by the application; field access said explicitly. */
@Entity
@Access(AccessType.FIELD)
public class Coupon {
    @Id
    @Column(length = 32)
    String code;

    @Enumerated(EnumType.ORDINAL)
    CouponKind kind;

    @Column(precision = 5, scale = 2)
    BigDecimal percentOff;

    LocalDate validFrom;

    LocalDate validUntil;

    Integer maxRedemptions;

    int redemptions;

    boolean active;

    @Column(length = 2)
    char channelCode;
}
