package payroll;

import jakarta.persistence.*;

/** An amount withheld by court order. */
@Entity
public class GarnishmentDeduction extends Deduction {
    @Column(nullable = false, length = 40)
    String courtReference;

    int priority;
}
