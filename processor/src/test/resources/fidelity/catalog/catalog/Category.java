package catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.HashSet;
import java.util.Set;

/** A category tree; the inverse sides of its associations map nothing. */
@Entity
public class Category {
    @Id
    @GeneratedValue
    Integer id;

    @Column(nullable = false, length = 80)
    String name;

    @ManyToOne
    Category parent;

    @OneToMany(mappedBy = "parent")
    Set<Category> children = new HashSet<>();

    @ManyToMany(mappedBy = "categories")
    Set<Product> products = new HashSet<>();
}
