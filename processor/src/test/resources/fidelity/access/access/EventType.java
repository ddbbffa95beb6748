package access;

/** What happened. */
public enum EventType { LOGIN, LOGOUT, LOGIN_FAILED, PASSWORD_CHANGED, ROLE_GRANTED, ROLE_REVOKED, KEY_CREATED }
