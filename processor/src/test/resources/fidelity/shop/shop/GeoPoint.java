package shop;

import jakarta.persistence.Embeddable;

/** A position; primitives inside an embeddable are nullable columns. */
@Embeddable
public class GeoPoint {
    double latitude;
    double longitude;
}
