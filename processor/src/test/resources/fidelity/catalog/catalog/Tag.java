package catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.HashSet;
import java.util.Set;

/** The inverse side of a default many-to-many: its attribute names the owner's join column. */
@Entity
public class Tag extends Labelled {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, length = 50)
    String label;

    @ManyToMany(mappedBy = "tags")
    Set<ProductGroup> groups = new HashSet<>();
}
