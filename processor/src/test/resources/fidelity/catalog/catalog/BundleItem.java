package catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.UUID;

/** One product in a bundle; it does not know its bundle, the bundle adds that column. */
@Entity
public class BundleItem {
    @Id
    UUID id;

    int quantity;

    @ManyToOne(optional = false)
    Product product;
}
