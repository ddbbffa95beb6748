package scheduling;

/** A request's state. */
public enum RequestStatus { PENDING, APPROVED, REJECTED, WITHDRAWN }
