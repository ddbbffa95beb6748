package atlas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.Set;

/** An international organisation, in a quoted mixed-case table. */
@Entity
@Table(name = "\"Organisation\"")
public class Organisation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id;

    @Column(name = "\"shortName\"", length = 16)
    String shortName;

    @ManyToMany(mappedBy = "memberships")
    Set<Country> members;

    @ManyToMany
    Set<Organisation> partners;
}
