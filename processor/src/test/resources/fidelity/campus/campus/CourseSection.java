package campus;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A course given in a term, by instructors in an explicit join table. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"course_id", "term_id", "sectionCode"}))
public class CourseSection {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Course course;

    @ManyToOne(optional = false)
    Term term;

    @Column(length = 4)
    String sectionCode;

    @ManyToMany
    @JoinTable(name = "section_instructor", joinColumns = @JoinColumn(name = "section_id"),
            inverseJoinColumns = @JoinColumn(name = "instructor_id"))
    Set<Instructor> instructors = new HashSet<>();

    @ManyToOne
    Classroom classroom;

    short capacity;

    @OneToMany(mappedBy = "section")
    List<Enrollment> enrollments = new ArrayList<>();
}
