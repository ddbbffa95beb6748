package payroll;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** Days of leave left, by kind: the kind goes through an auto-applied converter to one character. */
@Entity
public class LeaveBalance {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Worker worker;

    LeaveKind kind;

    @Column(precision = 5, scale = 1)
    BigDecimal days;
}
