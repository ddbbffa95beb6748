package access;

/** How a password was hashed. */
public enum HashAlgorithm { BCRYPT, SCRYPT, ARGON2ID, PBKDF2 }
