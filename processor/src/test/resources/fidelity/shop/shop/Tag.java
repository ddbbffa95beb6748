package shop;

import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A tag: the entity name, not the class name, names the table and its implicit sequence; a text column; a join
 * column without a foreign key; one naming the referenced key explicitly.
 */
@Entity(name = "ProductTag")
public class Tag {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, length = 40)
    String label;

    @Column(length = 20_000_000)
    String description;

    @ManyToOne
    @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    Product featuredProduct;

    @ManyToOne
    @JoinColumn(name = "category", referencedColumnName = "id")
    Category category;
}
