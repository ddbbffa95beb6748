package campus;

import jakarta.persistence.*;

/** A campus site, whose entity name (and so its table) is not its class name. */
@Entity(name = "Site")
public class CampusSite {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 80)
    String name;

    @AttributeOverride(name = "line1", column = @Column(name = "street", length = 120))
    PostalAddress address;
}
