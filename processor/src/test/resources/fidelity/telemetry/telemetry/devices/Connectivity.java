package telemetry.devices;

/** Connectivity values of the device registry. */
public enum Connectivity {
    WIFI, ETHERNET, LTE_M, NB_IOT, LORAWAN
}
