package dev.schemac.internal.migrate;

import java.time.Duration;
import java.util.Objects;

/**
 * How migrations run, as configured on {@code Schemac}.
 *
 * @param outOfOrder whether a pending migration older than the newest applied one may run
 * @param online whether operations on existing tables run online-safe (concurrent index builds, constraints
 *     validated after the commit); off, each migration is one transaction as rendered
 * @param lockTimeout how long a statement waits for a lock that blocks writes before PostgreSQL cancels it, zero
 *     for no limit
 * @param lockAttempts how many times a transaction cancelled by {@code lockTimeout} is tried in all
 * @param forbidDestructiveSetting whether destructive operations are refused even when approved, or {@code null}
 *     when the code did not say, so that the system property and the environment variable decide
 */
public record MigrationSettings(boolean outOfOrder, boolean online, Duration lockTimeout, int lockAttempts,
        Boolean forbidDestructiveSetting) {
    /** The system property that, set to {@code true}, forbids destructive operations. */
    public static final String FORBID_DESTRUCTIVE_PROPERTY = "schemac.forbidDestructive";
    /** The environment variable that, set to {@code true}, forbids destructive operations. */
    public static final String FORBID_DESTRUCTIVE_ENV = "SCHEMAC_FORBID_DESTRUCTIVE";

    /**
     * The defaults: in order, online, a 5 s lock timeout, 5 attempts, and destructive operations allowed unless
     * the system property or the environment variable forbids them.
     */
    public static MigrationSettings defaults() {
        return new MigrationSettings(false, true, Duration.ofSeconds(5), 5, null);
    }

    /**
     * Whether destructive operations are refused even when approved: as set in code, else as the system property or
     * the environment variable says. Read only when there is work to do, so that a start with nothing pending does
     * not copy the process environment.
     */
    public boolean forbidDestructive() {
        if (forbidDestructiveSetting != null) {
            return forbidDestructiveSetting;
        }
        return "true".equalsIgnoreCase(System.getProperty(FORBID_DESTRUCTIVE_PROPERTY))
                || "true".equalsIgnoreCase(System.getenv(FORBID_DESTRUCTIVE_ENV));
    }

    public MigrationSettings {
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        if (lockTimeout.isNegative()) {
            throw new IllegalArgumentException("lockTimeout must not be negative: " + lockTimeout);
        }
        if (lockAttempts < 1) {
            throw new IllegalArgumentException("lockAttempts must be at least 1: " + lockAttempts);
        }
    }

    public MigrationSettings withOutOfOrder(boolean allow) {
        return new MigrationSettings(allow, online, lockTimeout, lockAttempts, forbidDestructiveSetting);
    }

    public MigrationSettings withOnline(boolean on) {
        return new MigrationSettings(outOfOrder, on, lockTimeout, lockAttempts, forbidDestructiveSetting);
    }

    public MigrationSettings withLockTimeout(Duration timeout, int attempts) {
        return new MigrationSettings(outOfOrder, online, timeout, attempts, forbidDestructiveSetting);
    }

    public MigrationSettings withForbidDestructive(boolean forbid) {
        return new MigrationSettings(outOfOrder, online, lockTimeout, lockAttempts, forbid);
    }
}
