package logistics;

/** TrackingEventType values of the logistics model. */
public enum TrackingEventType {
    SCAN_IN, SCAN_OUT, DELAYED, EXCEPTION, DELIVERED
}
