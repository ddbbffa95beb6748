package campus;

/** Relation values of the campus model. */
public enum Relation {
    PARENT, GUARDIAN, SPONSOR
}
