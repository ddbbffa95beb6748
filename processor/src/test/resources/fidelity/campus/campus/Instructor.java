package campus;

import jakarta.persistence.*;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** An instructor: office hours per weekday, a map of embeddables keyed by an enum. */
@Entity
public class Instructor {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 150)
    String fullName;

    @Column(unique = true, length = 320)
    String email;

    @ManyToOne
    Department department;

    @ElementCollection
    @CollectionTable(name = "instructor_office_hours")
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "weekday", length = 9)
    Map<DayOfWeek, OfficeHours> officeHours = new EnumMap<>(DayOfWeek.class);

    @ManyToMany(mappedBy = "instructors")
    Set<CourseSection> sections = new HashSet<>();
}
