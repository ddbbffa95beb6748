package clinic;

/** MedicationForm values of the clinic model. */
public enum MedicationForm {
    TABLET, CAPSULE, SYRUP, INJECTION, CREAM
}
