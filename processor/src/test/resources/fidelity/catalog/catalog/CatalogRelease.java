package catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKey;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** A published catalogue edition: products keyed by their own id, so the join table has no key column. */
@Entity
public class CatalogRelease {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false)
    LocalDate publishedOn;

    @ManyToMany
    @JoinTable(name = "release_product")
    @MapKey
    Map<Long, Product> products = new HashMap<>();
}
