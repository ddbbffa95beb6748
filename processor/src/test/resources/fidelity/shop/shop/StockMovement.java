package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A change of stock: inherits its identity id from the mapped superclass. */
@Entity
public class StockMovement extends Identified {
    @ManyToOne(optional = false)
    Product product;

    int delta;

    @Column(nullable = false)
    Instant movedAt;

    @Column(length = 200)
    String reason;
}
