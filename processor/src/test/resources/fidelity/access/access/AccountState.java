package access;

/** The life of an account. */
public enum AccountState { INVITED, ACTIVE, SUSPENDED, CLOSED }
