package logistics;

/** ServiceLevel values of the logistics model. */
public enum ServiceLevel {
    ECONOMY, STANDARD, EXPRESS, OVERNIGHT
}
