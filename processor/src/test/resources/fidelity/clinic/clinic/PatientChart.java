package clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import java.time.Instant;

/** The chart of a patient, sharing the patient's id through @MapsId. */
@Entity
public class PatientChart {
    @Id
    Long id;

    @MapsId
    @OneToOne
    Patient patient;

    @Lob
    String summary;

    @Column(columnDefinition = "text")
    String notes;

    Instant updatedAt;
}
