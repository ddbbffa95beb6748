package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A category tree: AUTO ids from an implicit sequence, and a self reference. */
@Entity
public class Category {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, unique = true, length = 60)
    String slug;

    String name;

    @ManyToOne
    Category parent;

    int position;
}
