package clinic;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A visit: its diagnoses are an ordered collection of embeddables. */
@Entity
public class Encounter {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Patient patient;

    @OneToOne
    Appointment appointment;

    @ElementCollection
    @CollectionTable(name = "encounter_diagnosis")
    @OrderColumn
    List<DiagnosisCode> diagnoses = new ArrayList<>();

    Instant openedAt;

    Instant closedAt;
}
