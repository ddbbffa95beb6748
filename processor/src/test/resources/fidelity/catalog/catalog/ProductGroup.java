package catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A default bidirectional many-to-many, and an ordered one. */
@Entity
public class ProductGroup extends Labelled {
    @Id
    @GeneratedValue
    Long id;

    String name;

    @ManyToMany
    Set<Tag> tags = new HashSet<>();

    @ManyToMany
    @OrderColumn
    List<Product> members = new ArrayList<>();
}
