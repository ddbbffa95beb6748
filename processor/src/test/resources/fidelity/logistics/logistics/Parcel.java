package logistics;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** A parcel of a shipment, which knows nothing of its shipment (the association is the shipment's). */
@Entity
public class Parcel {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "parcel_ids")
    @TableGenerator(name = "parcel_ids", table = "id_block", pkColumnName = "sequence_name",
            valueColumnName = "next_block", pkColumnValue = "parcel", allocationSize = 50)
    Long id;

    @Column(unique = true, length = 30)
    String barcode;

    @Column(precision = 8, scale = 3, nullable = false)
    BigDecimal weightKg;

    Dimensions dimensions;

    boolean fragile;
}
