package identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

/** Shares the person's key through @MapsId: its key column is the join column. */
@Entity
public class PersonProfile {
    @Id
    Long id;

    @MapsId
    @OneToOne
    Person person;

    String biography;
}
