package catalog;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.MappedSuperclass;
import java.util.HashSet;
import java.util.Set;

/** Search keywords for several entities: each gets a collection table named after itself. */
@MappedSuperclass
public abstract class Labelled {
    @ElementCollection
    protected Set<String> keywords = new HashSet<>();
}
