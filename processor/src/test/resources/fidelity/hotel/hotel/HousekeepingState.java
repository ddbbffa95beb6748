package hotel;

/** HousekeepingState values of the hotel model. */
public enum HousekeepingState {
    CLEAN, DIRTY, INSPECTED, OUT_OF_ORDER
}
