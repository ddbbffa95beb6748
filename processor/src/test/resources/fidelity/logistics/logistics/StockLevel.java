package logistics;

import jakarta.persistence.*;

/** How much of an article a warehouse holds: an embedded id whose warehouse part maps the association. */
@Entity
public class StockLevel {
    @EmbeddedId
    StockKey key;

    @MapsId("warehouseId")
    @ManyToOne
    @JoinColumn(name = "warehouse_id")
    Warehouse warehouse;

    int quantity;

    Integer reorderPoint;
}
