package shop;

/** What a coupon takes off. */
public enum CouponKind { PERCENT, FIXED_AMOUNT }
