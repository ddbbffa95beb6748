package hotel;

/** StaffRole values of the hotel model. */
public enum StaffRole {
    RECEPTION, HOUSEKEEPING, MAINTENANCE, MANAGER
}
