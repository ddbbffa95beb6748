package newsroom;

import jakarta.persistence.*;

/** An image of a gallery. */
@Embeddable
public class GalleryImage {
    @Column(nullable = false, length = 500)
    String url;

    @Column(length = 300)
    String caption;

    short width;

    short height;
}
