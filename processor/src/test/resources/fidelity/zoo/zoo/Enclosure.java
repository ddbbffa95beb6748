package zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** The abstract root of a TABLE_PER_CLASS hierarchy (a collection here is refused: Hibernate gives it no foreign key). */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Enclosure {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    int area;
}
