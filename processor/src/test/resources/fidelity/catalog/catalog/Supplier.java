package catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Default names everywhere: a join table and two collection tables named by JPA's rules. */
@Entity
public class Supplier {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, length = 120)
    String companyName;

    @ManyToMany
    Set<Product> products = new HashSet<>();

    @ElementCollection
    @AttributeOverride(name = "email", column = @Column(name = "contact_email", length = 120))
    List<Contact> contacts = new ArrayList<>();

    @ElementCollection
    Set<String> phoneNumbers = new HashSet<>();
}
