package clinic;

/** BloodType values of the clinic model. */
public enum BloodType {
    A_POS, A_NEG, B_POS, B_NEG, AB_POS, AB_NEG, O_POS, O_NEG
}
