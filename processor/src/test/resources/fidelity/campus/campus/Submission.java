package campus;

import jakarta.persistence.*;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;

/** A student's submission; its score's digits come from Bean Validation. */
@Entity
public class Submission {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Assignment assignment;

    @ManyToOne(optional = false)
    Student student;

    @NotNull
    Instant submittedAt;

    @Column(length = 20000)
    String answer;

    @Digits(integer = 3, fraction = 2)
    BigDecimal score;
}
