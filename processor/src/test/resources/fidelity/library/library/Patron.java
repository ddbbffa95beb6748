package library;

import jakarta.persistence.*;
import java.util.Calendar;

/** A card holder: a legacy date of birth, a home branch, a card that is a one-to-one by a unique join column. */
@Entity
public class Patron {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 150)
    String fullName;

    @Temporal(TemporalType.DATE)
    Calendar dateOfBirth;

    @ManyToOne
    Branch homeBranch;

    @ManyToOne
    @JoinColumn(name = "card_id", unique = true)
    LibraryCard card;

    Contact contact;

    boolean blocked;
}
