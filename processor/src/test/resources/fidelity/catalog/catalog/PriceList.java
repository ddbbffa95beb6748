package catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Prices by product SKU: a map of embeddables under a default key column. */
@Entity
public class PriceList {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, length = 60)
    String name;

    LocalDate validFrom;

    @ElementCollection
    @AttributeOverride(name = "value.amount", column = @Column(name = "amount", precision = 12, scale = 2))
    Map<String, Money> prices = new HashMap<>();
}
