package hotel;

/** ReservationStatus values of the hotel model. */
public enum ReservationStatus {
    TENTATIVE, CONFIRMED, CHECKED_IN, CHECKED_OUT, CANCELLED, NO_SHOW
}
