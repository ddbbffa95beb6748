package hotel;

import jakarta.persistence.*;
import java.sql.Date;
import java.util.UUID;

/** A guest: a UUID id, a record name, the inverse side of the loyalty account. */
@Entity
@Table(indexes = @Index(columnList = "familyName, givenName"))
public class Guest extends Stamped {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    UUID id;

    PersonName name;

    @Column(unique = true, length = 320)
    String email;

    @Column(length = 20)
    String phone;

    Date birthDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    LoyaltyTier tier;

    @OneToOne(mappedBy = "guest")
    LoyaltyAccount loyaltyAccount;
}
