package zoo;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A SINGLE_TABLE subclass whose collections are named after the subclass. */
@Entity
public class Bird extends Animal {
    double wingspan;

    @ElementCollection
    @OrderColumn
    List<String> songs = new ArrayList<>();

    @ManyToMany
    Set<Keeper> keepers;
}
