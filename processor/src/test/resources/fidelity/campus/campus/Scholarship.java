package campus;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** A scholarship and its recipients, in a join table named by default. */
@Entity
public class Scholarship {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 120)
    String name;

    @Column(precision = 10, scale = 2)
    BigDecimal amount;

    @ManyToMany
    Set<Student> recipients = new HashSet<>();
}
