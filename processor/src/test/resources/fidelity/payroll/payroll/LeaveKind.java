package payroll;

/** Kinds of leave, each with its code. */
public enum LeaveKind {
    VACATION('V'), SICK('S'), PARENTAL('P'), UNPAID('U');

    final char code;

    LeaveKind(char code) {
        this.code = code;
    }
}
