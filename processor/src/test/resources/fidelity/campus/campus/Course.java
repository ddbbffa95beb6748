package campus;

import jakarta.persistence.*;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** A course: field access with one derived property mapped on its getter; Bean Validation shapes its columns. */
@Entity
@Access(AccessType.FIELD)
public class Course {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, length = 12)
    String code;

    @Column(nullable = false)
    @Size(max = 160)
    String title;

    @Min(1)
    @Max(30)
    @Column
    int credits;

    @Size(max = 2000)
    String description;

    @ManyToOne(optional = false)
    Department department;

    @Access(AccessType.PROPERTY)
    @Column(name = "normalized_code", length = 12)
    String getNormalizedCode() {
        return code == null ? null : code.toUpperCase(Locale.ROOT).replace(" ", "");
    }

    void setNormalizedCode(String normalizedCode) {
        // derived from code; stored for searching
    }
}
