package zoo;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.MapKeyColumn;
import java.util.Map;

/** A JOINED subclass with a map of its own. */
@Entity
public class HeadKeeper extends Keeper {
    int grade;

    @ElementCollection
    @MapKeyColumn(name = "area")
    Map<String, Integer> budgets;
}
