package access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.UUID;

/** An API key: AUTO on a UUID needs no sequence; a unique many-to-one to the key that replaced it. */
@Entity
public class ApiKey {
    @Id
    @GeneratedValue
    UUID id;

    @ManyToOne(optional = false)
    UserAccount owner;

    @Column(nullable = false, unique = true, length = 16)
    String prefix;

    @Column(nullable = false)
    byte[] secretHash;

    LocalDate expiresOn;

    @ManyToOne
    @JoinColumn(name = "replaced_by", unique = true)
    ApiKey replacedBy;
}
