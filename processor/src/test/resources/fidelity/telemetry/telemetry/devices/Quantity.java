package telemetry.devices;

/** Quantity values of the device registry. */
public enum Quantity {
    TEMPERATURE, HUMIDITY, PRESSURE, POWER, VIBRATION
}
