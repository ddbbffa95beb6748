package catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A name and description in one language: the value of a map keyed by language. */
@Embeddable
public class LocalizedText {
    @Column(length = 150)
    String title;

    @Column(length = 2000)
    String description;
}
