package scheduling;

/** Kinds of shifts, stored by name. */
public enum ShiftKind { EARLY, LATE, NIGHT, ON_CALL }
