package telemetry.alerts;

/** Channel values of the alerts module. */
public enum Channel {
    EMAIL, SMS, WEBHOOK, PUSH
}
