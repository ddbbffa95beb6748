package catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** A product listed on a channel; the channel adds its join and key columns here. */
@Entity
public class Listing {
    @Id
    Long id;

    BigDecimal price;
}
