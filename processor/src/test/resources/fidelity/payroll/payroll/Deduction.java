package payroll;

import jakarta.persistence.*;

/** A deduction on a payslip: the root of a TABLE_PER_CLASS hierarchy, one table per concrete kind. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Deduction {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deduction_seq")
    @SequenceGenerator(name = "deduction_seq", initialValue = 100, allocationSize = 50)
    Long id;

    @ManyToOne(optional = false)
    Payslip payslip;

    @Convert(converter = MoneyConverter.class)
    @Column(nullable = false)
    Money amount;

    @Column(length = 200)
    String description;
}
