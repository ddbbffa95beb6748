package atlas;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A point on the map. */
@Embeddable
public class Coordinates {
    @Column(precision = 9, scale = 6)
    java.math.BigDecimal latitudeDegrees;

    @Column(precision = 9, scale = 6)
    java.math.BigDecimal longitudeDegrees;
}
