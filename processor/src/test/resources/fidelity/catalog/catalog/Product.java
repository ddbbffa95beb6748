package catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The heart of the catalogue: every kind of collection hangs off it. */
@Entity
public class Product {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, length = 64, unique = true)
    String sku;

    @Column(nullable = false)
    String name;

    /** A set of non-null strings: its primary key is the owner and the tag. */
    @ElementCollection
    @Column(name = "tag", length = 40, nullable = false)
    Set<String> tags = new HashSet<>();

    /** An ordered list of embeddables, with an override on one of its columns. */
    @ElementCollection
    @OrderColumn(name = "position")
    @AttributeOverride(name = "altText", column = @Column(name = "alt", length = 250))
    List<Image> images = new ArrayList<>();

    /** Free-form attributes in an explicitly named table. */
    @ElementCollection
    @CollectionTable(name = "product_attribute", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "attr_name", length = 60)
    @Column(name = "attr_value", length = 500)
    Map<String, String> attributes = new HashMap<>();

    /** Names per language: an enum key stored by name, an embeddable value. */
    @ElementCollection
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "lang", length = 8)
    @AttributeOverride(name = "value.title", column = @Column(name = "localized_title", length = 150))
    Map<Language, LocalizedText> localizedNames = new EnumMap<>(Language.class);

    /** Badges by ordinal: nullable elements, so only unique with the owner. */
    @ElementCollection
    Set<Badge> badges = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "product_category", joinColumns = @JoinColumn(name = "product_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"), indexes = @Index(columnList = "category_id"))
    Set<Category> categories = new HashSet<>();
}
