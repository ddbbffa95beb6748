package shop;

/** Loyalty levels. */
public enum CustomerTier { BRONZE, SILVER, GOLD, PLATINUM }
