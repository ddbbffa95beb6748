package clinic;

/** LabStatus values of the clinic model. */
public enum LabStatus {
    ORDERED, COLLECTED, REPORTED, CANCELLED
}
