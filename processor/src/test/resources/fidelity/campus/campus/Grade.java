package campus;

/** Grade values of the campus model. */
public enum Grade {
    A, B, C, D, F, P, NP
}
