package catalog;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.HashSet;
import java.util.Set;

/** Embedded in the customer's table, with a collection of its own. */
@Embeddable
public class Preferences {
    @Column(length = 3)
    String currency;

    @ElementCollection
    @Enumerated(EnumType.STRING)
    Set<Language> languages = new HashSet<>();
}
