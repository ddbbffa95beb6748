package catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyJoinColumn;
import java.util.HashMap;
import java.util.Map;

/** Stock levels: a map keyed by an entity, in a table of its own schema. */
@Entity
public class Warehouse {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, length = 12, unique = true)
    String code;

    @ElementCollection
    @CollectionTable(name = "warehouse_stock", schema = "inventory",
            joinColumns = @JoinColumn(name = "warehouse_id", foreignKey = @ForeignKey(name = "fk_stock_warehouse")))
    @MapKeyJoinColumn(name = "product_id")
    @Column(name = "on_hand", nullable = false)
    Map<Product, Integer> stock = new HashMap<>();
}
