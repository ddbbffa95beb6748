package clinic;

/** ConsentKind values of the clinic model. */
public enum ConsentKind {
    TREATMENT, RESEARCH, DATA_SHARING
}
