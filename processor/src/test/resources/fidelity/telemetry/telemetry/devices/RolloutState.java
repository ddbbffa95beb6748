package telemetry.devices;

/** RolloutState values of the device registry. */
public enum RolloutState {
    PLANNED, RUNNING, PAUSED, DONE, ROLLED_BACK
}
