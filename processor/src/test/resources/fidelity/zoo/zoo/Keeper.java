package zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.OneToMany;
import java.util.List;

/** The root of a JOINED hierarchy. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Keeper {
    @Id
    Long id;

    String fullName;

    @OneToMany
    List<Animal> favourites;
}
