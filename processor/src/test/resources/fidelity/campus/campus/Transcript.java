package campus;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.UUID;

/** A student's transcript, sharing the student's key through @PrimaryKeyJoinColumn. */
@Entity
public class Transcript {
    @Id
    UUID studentId;

    @OneToOne
    @PrimaryKeyJoinColumn
    Student student;

    @Column(precision = 3, scale = 2)
    BigDecimal gradePointAverage;

    short creditsEarned;
}
