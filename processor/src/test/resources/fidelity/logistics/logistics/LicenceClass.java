package logistics;

/** LicenceClass values of the logistics model. */
public enum LicenceClass {
    B, C1, C, CE, D
}
