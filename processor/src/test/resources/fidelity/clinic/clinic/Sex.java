package clinic;

/** Sex values of the clinic model. */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
