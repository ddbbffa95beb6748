package catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A composite map key: region and tier. */
@Embeddable
public class ChannelKey {
    @Column(length = 10)
    String region;

    int tier;
}
