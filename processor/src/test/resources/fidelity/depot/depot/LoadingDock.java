package depot;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import java.util.Set;

/** A JOINED subclass, property access inherited, with a set on a getter. */
@Entity
public class LoadingDock extends Dock {
    private int doors;
    private Set<String> carriers;

    public int getDoors() {
        return doors;
    }

    public void setDoors(int doors) {
        this.doors = doors;
    }

    @ElementCollection
    public Set<String> getCarriers() {
        return carriers;
    }

    public void setCarriers(Set<String> carriers) {
        this.carriers = carriers;
    }
}
