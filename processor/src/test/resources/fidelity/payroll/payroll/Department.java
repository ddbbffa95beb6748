package payroll;

import jakarta.persistence.*;

/** A department in a tree of departments. */
@Entity
public class Department {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 80)
    String name;

    @ManyToOne
    Department parent;

    Character costCenterPrefix;
}
