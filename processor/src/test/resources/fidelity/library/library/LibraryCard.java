package library;

import jakarta.persistence.*;
import java.time.LocalDate;

/** A library card. */
@Entity
public class LibraryCard {
    @Id
    @Column(length = 16)
    String cardNumber;

    LocalDate issuedOn;

    LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    CardKind kind;
}
