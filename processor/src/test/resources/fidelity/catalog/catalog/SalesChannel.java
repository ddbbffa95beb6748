package catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import java.util.HashMap;
import java.util.Map;

/** Maps keyed by an embeddable and by an entity, and a one-to-many map whose key column is in the target. */
@Entity
public class SalesChannel {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, length = 40)
    String name;

    @ElementCollection
    @AttributeOverride(name = "key.region", column = @Column(name = "fee_region", length = 12))
    Map<ChannelKey, Money> fees = new HashMap<>();

    @ElementCollection
    Map<Product, Money> priceOverrides = new HashMap<>();

    @OneToMany
    @JoinColumn(name = "channel_id")
    @MapKeyColumn(name = "listing_code", length = 40)
    Map<String, Listing> listings = new HashMap<>();
}
