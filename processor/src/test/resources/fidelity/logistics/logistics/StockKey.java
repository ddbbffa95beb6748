package logistics;

import jakarta.persistence.*;
import java.io.Serializable;
import java.util.Objects;

/** The key of a stock level: warehouse and article number. */
@Embeddable
public class StockKey implements Serializable {
    private static final long serialVersionUID = 1L;

    Long warehouseId;

    @Column(length = 24)
    String sku;

    @Override
    public boolean equals(Object o) {
        return o instanceof StockKey other && Objects.equals(warehouseId, other.warehouseId)
                && Objects.equals(sku, other.sku);
    }

    @Override
    public int hashCode() {
        return Objects.hash(warehouseId, sku);
    }
}
