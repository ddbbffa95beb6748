package payroll;

import jakarta.persistence.*;
import java.time.Year;

/** A position in a department's plan. */
@Entity
public class JobPosition {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 100)
    String title;

    @ManyToOne(optional = false)
    Department department;

    Year introducedIn;

    @Column(length = 2)
    String grade;
}
