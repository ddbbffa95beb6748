package catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A product image: an element of an ordered collection. */
@Embeddable
public class Image {
    @Column(nullable = false, length = 500)
    String url;

    @Column(length = 200)
    String altText;

    int width;

    int height;
}
