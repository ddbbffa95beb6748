package payroll;

/** States of a payroll run. */
public enum RunState {
    DRAFT, CALCULATED, APPROVED, PAID
}
