package shop;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Basic;
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
    // unique repeats the primary key: Hibernate drops it
    @Id
    @Column(length = 32, unique = true, nullable = false)
    String code;

    @Enumerated(EnumType.ORDINAL)
    CouponKind kind;

    @Column(precision = 5, scale = 2)
    BigDecimal percentOff;

    LocalDate validFrom;

    LocalDate validUntil;

    Integer maxRedemptions;

    // a scale without a precision: Hibernate keeps its default numeric(38,2)
    @Column(scale = 4)
    BigDecimal minimumOrder;

    @Basic(optional = false)
    @Column(length = 3)
    String currency;

    int redemptions;

    boolean active;

    @Column(length = 2)
    char channelCode;
}
