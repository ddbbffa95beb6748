package identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** Shares the person's key by @PrimaryKeyJoinColumn; required, so Hibernate adds the foreign key. */
@Entity
public class PersonSettings {
    @Id
    Long id;

    @OneToOne(optional = false)
    @PrimaryKeyJoinColumn
    Person person;

    boolean darkMode;
}
