package catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A category tree; the inverse side of its many-to-many maps nothing. */
@Entity
public class Category {
    @Id
    @GeneratedValue
    Integer id;

    @Column(nullable = false, length = 80)
    String name;

    @ManyToOne
    Category parent;

    /** The inverse side, ordered: its order column goes into this table, beside the parent column. */
    @OneToMany(mappedBy = "parent")
    @OrderColumn(name = "sibling_order")
    List<Category> children = new ArrayList<>();

    @ManyToMany(mappedBy = "categories")
    Set<Product> products = new HashSet<>();
}
