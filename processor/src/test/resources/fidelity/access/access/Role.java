package access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** A role: an unnamed generator on the class sets the step of the implicit sequence. */
@Entity
@SequenceGenerator(allocationSize = 5)
public class Role {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, unique = true, length = 50)
    String name;

    String description;

    boolean builtIn;
}
