package hotel;

/** LoyaltyTier values of the hotel model. */
public enum LoyaltyTier {
    BASIC, SILVER, GOLD, PLATINUM
}
