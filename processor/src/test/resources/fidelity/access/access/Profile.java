package access;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToOne;

/** A user's profile: an assigned id, an optional one-to-one, large objects, an address twice. */
@Entity
public class Profile {
    @Id
    Long id;

    @OneToOne
    UserAccount user;

    @Lob
    byte[] avatar;

    @Lob
    String biography;

    @Column(length = 10)
    String language;

    @Embedded
    PostalAddress homeAddress;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "line1", column = @Column(name = "work_line1", length = 120)),
            @AttributeOverride(name = "line2", column = @Column(name = "work_line2", length = 120)),
            @AttributeOverride(name = "city", column = @Column(name = "work_city")),
            @AttributeOverride(name = "zip", column = @Column(name = "work_zip", length = 16)),
            @AttributeOverride(name = "countryCode", column = @Column(name = "work_country", length = 2))
    })
    PostalAddress workAddress;
}
