package logistics;

import jakarta.persistence.*;

/** An address and its point on the map: an embeddable of embeddables. */
@Embeddable
public class Location {
    Address address;

    GeoPoint point;

    @Column(length = 40)
    String timeZoneId;
}
