package newsroom;

import jakarta.persistence.*;

/** A place on the homepage. */
@Entity
public class HomepagePlacement extends Placement {
    @Column(length = 30)
    String zone;

    Integer priority;
}
