package zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import java.util.Set;

/** A concrete TABLE_PER_CLASS entity inheriting a collection. */
@Entity
public class Aviary extends Enclosure {
    int height;

    @OneToMany
    Set<Bird> residents;
}
