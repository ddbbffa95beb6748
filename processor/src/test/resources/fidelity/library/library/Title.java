package library;

import jakarta.persistence.*;
import java.math.BigInteger;
import java.time.Year;

/** A title in the catalogue: acronyms in names, a large integer, a cover image, a value that is not persisted. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "title_isbn_uk", columnNames = "ISBNCode"),
        indexes = @Index(columnList = "publishedIn desc, titleText"))
public class Title {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(length = 13)
    String ISBNCode;

    @Column(nullable = false, length = 300)
    String titleText;

    @Column(length = 150)
    String authorName;

    Year publishedIn;

    @Column(precision = 20)
    BigInteger oclcNumber;

    @Lob
    byte[] cover;

    Genre genre;

    @Transient
    String searchSnippet;

    transient int cachedHoldCount;
}
