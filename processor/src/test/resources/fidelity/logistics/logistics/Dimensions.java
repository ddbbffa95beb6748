package logistics;

import jakarta.persistence.*;

/** Outer dimensions of a parcel in centimetres. */
@Embeddable
public class Dimensions {
    @Column(name = "length_cm")
    int lengthCm;

    @Column(name = "width_cm")
    int widthCm;

    @Column(name = "height_cm")
    int heightCm;
}
