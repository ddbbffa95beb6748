package catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A display shelf: one-to-many join tables (elements unique) and a map of entities by slot. */
@Entity
public class Shelf {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, length = 40)
    String label;

    @OneToMany
    Set<Product> featured = new HashSet<>();

    @OneToMany
    @JoinTable(name = "shelf_highlight")
    List<Product> highlights = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "shelf_slot")
    @MapKeyColumn(name = "slot")
    Map<Integer, Product> bySlot = new HashMap<>();
}
