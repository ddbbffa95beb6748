package catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Enums stored by name in a collection table with a named foreign key, and large texts in a bag. */
@Entity
public class Review {
    @Id
    @GeneratedValue
    Long id;

    @ManyToOne(optional = false)
    Product product;

    short rating;

    @ElementCollection
    @CollectionTable(name = "review_flag", foreignKey = @ForeignKey(name = "fk_review_flag_review"))
    @Enumerated(EnumType.STRING)
    @Column(name = "flag", length = 20)
    Set<ReviewFlag> flags = new HashSet<>();

    @ElementCollection
    @Lob
    List<String> comments = new ArrayList<>();
}
