package campus;

/** StudentStatus values of the campus model. */
public enum StudentStatus {
    APPLICANT, ENROLLED, ON_LEAVE, GRADUATED, WITHDRAWN
}
