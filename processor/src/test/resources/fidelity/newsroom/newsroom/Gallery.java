package newsroom;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.List;

/** A photo gallery: its images in order, in a collection table. */
@Entity
@DiscriminatorValue("GALLERY")
public class Gallery extends ContentItem {
    @ElementCollection
    @CollectionTable(name = "gallery_image", joinColumns = @JoinColumn(name = "gallery_id"))
    @OrderColumn(name = "image_order")
    List<GalleryImage> images = new ArrayList<>();
}
