package scheduling;

/** A priority, stored by ordinal. */
public enum Priority { LOW, NORMAL, HIGH, URGENT, CRITICAL }
