package telemetry.core;

/** Subscription plans. */
public enum Plan {
    FREE, TEAM, ENTERPRISE
}
