package logistics;

/** VehicleKind values of the logistics model. */
public enum VehicleKind {
    VAN, BOX_TRUCK, SEMI_TRAILER, REEFER
}
