package access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.UUID;

/** An API key: AUTO on a UUID needs no sequence; its owner from a generic superclass; a unique many-to-one. */
@Entity
public class ApiKey extends Owned<UserAccount> {
    @Id
    @GeneratedValue
    UUID id;

    @Column(nullable = false, unique = true, length = 16)
    String prefix;

    @Column(nullable = false)
    byte[] secretHash;

    LocalDate expiresOn;

    @ManyToOne
    @JoinColumn(name = "replaced_by", unique = true)
    ApiKey replacedBy;
}
