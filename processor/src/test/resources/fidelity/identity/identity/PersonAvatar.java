package identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** Shares the person's key by @PrimaryKeyJoinColumn; optional, so Hibernate adds no foreign key. */
@Entity
public class PersonAvatar {
    @Id
    Long id;

    @OneToOne
    @PrimaryKeyJoinColumn
    Person person;

    byte[] image;
}
