package guild;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.List;

/** A project led by a master (a foreign key to a JOINED subclass with a composite key). */
@Entity
public class Project {
    @Id
    @GeneratedValue
    Long id;

    String title;

    @ManyToOne
    Master lead;

    @OneToMany
    List<Member> helpers;
}
