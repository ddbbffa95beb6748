package clinic;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A medication, keyed by its ATC code and strength (@EmbeddedId). */
@Entity
public class Medication {
    @EmbeddedId
    MedicationCode code;

    @Column(nullable = false, length = 120)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    MedicationForm form;

    boolean controlled;
}
