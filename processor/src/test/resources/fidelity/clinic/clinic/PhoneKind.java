package clinic;

/** PhoneKind values of the clinic model. */
public enum PhoneKind {
    MOBILE, HOME, WORK
}
