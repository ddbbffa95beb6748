package campus;

/** Season values of the campus model. */
public enum Season {
    SPRING, SUMMER, AUTUMN, WINTER
}
