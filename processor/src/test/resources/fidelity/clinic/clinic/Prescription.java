package clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/** A prescription of a medication, whose key has two columns (implicit join column names). */
@Entity
public class Prescription {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Encounter encounter;

    @ManyToOne(optional = false)
    Medication medication;

    Dosage dosage;

    @Min(0)
    @Max(12)
    @Column
    int refills;

    LocalDate validUntil;
}
