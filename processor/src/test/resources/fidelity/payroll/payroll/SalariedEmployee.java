package payroll;

import jakarta.persistence.*;

/** An employee on a yearly salary, kept in cents by a converter; the child key column is named. */
@Entity
@DiscriminatorValue("SALARIED")
@PrimaryKeyJoinColumn(name = "worker_id")
public class SalariedEmployee extends Worker {
    @Convert(converter = MoneyConverter.class)
    @Column(nullable = false)
    Money annualSalary;

    @ManyToOne
    JobPosition position;

    boolean exempt;
}
