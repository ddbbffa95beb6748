package guild;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/** A skill, taught by a member: an association to a composite key inside a collection element. */
@Embeddable
public class Skill {
    String name;

    int level;

    @ManyToOne
    Member teacher;
}
