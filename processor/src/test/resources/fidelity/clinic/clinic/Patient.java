package clinic;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A patient: a converted blood type, allergies and ordered phone numbers in collection tables. */
@Entity
public class Patient {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @NotNull
    @Column(unique = true, length = 20)
    String medicalRecordNumber;

    PersonName name;

    LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    Sex sex;

    @Convert(converter = BloodTypeConverter.class)
    @Column(length = 3)
    BloodType bloodType;

    @ElementCollection
    @CollectionTable(name = "patient_allergy", joinColumns = @JoinColumn(name = "patient_id"))
    @Column(name = "allergen", length = 80, nullable = false)
    Set<String> allergies = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "patient_phone")
    @OrderColumn(name = "position_no")
    List<ContactPhone> phones = new ArrayList<>();

    @OneToMany(mappedBy = "patient")
    List<Encounter> encounters = new ArrayList<>();

    @Version
    int version;
}
