package hotel;

/** ChargeKind values of the hotel model. */
public enum ChargeKind {
    ROOM, FOOD, BEVERAGE, SPA, PARKING, TAX
}
