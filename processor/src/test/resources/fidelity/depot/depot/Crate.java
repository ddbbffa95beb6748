package depot;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.MapKeyColumn;
import java.util.Map;
import java.util.Set;

/** An entity keyed by an embedded id, owning collections keyed by it. */
@Entity
public class Crate {
    @EmbeddedId
    CrateId id;

    String contents;

    @ElementCollection
    Set<String> labels;

    @ElementCollection
    @MapKeyColumn(name = "item")
    Map<String, Integer> counts;
}
