package logistics;

/** ShipmentStatus values of the logistics model. */
public enum ShipmentStatus {
    CREATED, PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, RETURNED
}
