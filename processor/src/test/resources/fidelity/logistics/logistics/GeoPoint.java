package logistics;

import jakarta.persistence.*;

/** A point on the map, in degrees. */
@Embeddable
public class GeoPoint {
    @Column(precision = 9, scale = 6)
    java.math.BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    java.math.BigDecimal longitude;
}
