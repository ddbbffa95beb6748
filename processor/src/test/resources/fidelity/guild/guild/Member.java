package guild;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Set;

/** A JOINED root with a composite key, owning collections keyed by it. */
@Entity
@IdClass(MemberId.class)
@Inheritance(strategy = InheritanceType.JOINED)
public class Member {
    @Id
    String guildCode;

    @Id
    int number;

    String displayName;

    @ElementCollection
    Set<String> titles;

    @ElementCollection
    @OrderColumn
    List<Skill> skills;

    @ManyToMany
    Set<Project> projects;
}
