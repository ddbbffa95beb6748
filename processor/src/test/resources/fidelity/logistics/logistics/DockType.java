package logistics;

/** DockType values of the logistics model. */
public enum DockType {
    INBOUND, OUTBOUND, CROSS_DOCK
}
