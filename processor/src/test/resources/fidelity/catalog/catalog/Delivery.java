package catalog;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/** A delivery preference: an embeddable element with an association inside. */
@Embeddable
public class Delivery {
    @ManyToOne
    Warehouse warehouse;

    int priority;
}
