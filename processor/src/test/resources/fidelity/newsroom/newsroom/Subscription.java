package newsroom;

import jakarta.persistence.*;
import java.time.LocalDate;

/** A reader's subscription: a single-table hierarchy with a one-character discriminator. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "plan", discriminatorType = DiscriminatorType.CHAR)
@DiscriminatorValue("S")
public abstract class Subscription {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Publication publication;

    @Column(nullable = false, length = 320)
    String readerEmail;

    LocalDate startsOn;
}
