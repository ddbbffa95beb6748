package campus;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of an enrollment. */
@Embeddable
public class EnrollmentId implements Serializable {
    private static final long serialVersionUID = 1L;

    UUID studentId;
    Long sectionId;

    @Override
    public boolean equals(Object o) {
        return o instanceof EnrollmentId other && Objects.equals(studentId, other.studentId)
                && Objects.equals(sectionId, other.sectionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(studentId, sectionId);
    }
}
