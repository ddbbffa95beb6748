package clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A medical specialty, keyed by its code. */
@Entity
public class Specialty {
    @Id
    @Column(length = 10)
    String code;

    @Column(nullable = false, length = 100)
    String name;
}
