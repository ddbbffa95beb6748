package clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.util.HashSet;
import java.util.Set;

/** A doctor or nurse, working at several clinics through an explicit join table. */
@Entity
public class Practitioner {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practitioner_ids")
    @SequenceGenerator(name = "practitioner_ids", sequenceName = "practitioner_seq", allocationSize = 10)
    Long id;

    @Column(nullable = false, unique = true, length = 24)
    String licenseNumber;

    PersonName name;

    @ManyToOne
    @JoinColumn(name = "specialty_code")
    Specialty specialty;

    @ManyToMany
    @JoinTable(name = "practitioner_clinic", joinColumns = @JoinColumn(name = "practitioner_id"),
            inverseJoinColumns = @JoinColumn(name = "clinic_id"))
    Set<Clinic> clinics = new HashSet<>();
}
