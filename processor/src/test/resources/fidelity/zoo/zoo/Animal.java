package zoo;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.HashSet;
import java.util.Set;

/** The root of a SINGLE_TABLE hierarchy, with a collection of its own. */
@Entity
public class Animal {
    @Id
    @GeneratedValue
    Long id;

    String name;

    @ElementCollection
    Set<String> nicknames = new HashSet<>();
}
