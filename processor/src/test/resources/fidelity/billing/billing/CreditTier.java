package billing;

/** How much a credit account may borrow. */
public enum CreditTier {
    STANDARD, GOLD, PLATINUM
}
