package catalog;

/** Moderation flags on a review. */
public enum ReviewFlag {
    SPAM, VERIFIED_PURCHASE, EDITED
}
