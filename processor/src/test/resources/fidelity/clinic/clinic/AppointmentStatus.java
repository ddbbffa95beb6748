package clinic;

/** AppointmentStatus values of the clinic model. */
public enum AppointmentStatus {
    REQUESTED, CONFIRMED, CHECKED_IN, COMPLETED, CANCELLED, NO_SHOW
}
