package catalog;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A quoted table: its collection and join tables and their owner columns are quoted too. */
@Entity
@Table(name = "\"Customer\"")
public class Customer {
    @Id
    @GeneratedValue
    Long id;

    String email;

    @ManyToMany
    Set<Product> wishlist = new HashSet<>();

    @ElementCollection
    Set<Address> addresses = new HashSet<>();

    @ElementCollection
    List<Delivery> deliveries = new ArrayList<>();

    @Embedded
    Preferences preferences;
}
