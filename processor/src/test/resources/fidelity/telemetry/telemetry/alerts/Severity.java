package telemetry.alerts;

/** Severity values of the alerts module. */
public enum Severity {
    INFO, WARNING, CRITICAL
}
