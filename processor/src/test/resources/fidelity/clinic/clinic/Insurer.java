package clinic;

/** Insurer values of the clinic model. */
public enum Insurer {
    PUBLIC_FUND, PRIVATE_PLAN, SELF_PAY
}
