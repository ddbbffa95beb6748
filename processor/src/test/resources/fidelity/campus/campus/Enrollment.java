package campus;

import jakarta.persistence.*;
import java.time.Instant;

/** A student in a section: an embedded id of two derived parts, one of them a UUID. */
@Entity
public class Enrollment {
    @EmbeddedId
    EnrollmentId id;

    @MapsId("studentId")
    @ManyToOne
    Student student;

    @MapsId("sectionId")
    @ManyToOne
    CourseSection section;

    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    Grade grade;

    Instant enrolledAt;
}
