package scheduling;

/** Where a reminder goes. */
public enum Channel { EMAIL, SMS, PUSH }
