package library;

/** CardKind values of the library model. */
public enum CardKind {
    ADULT, CHILD, STUDENT, SENIOR
}
