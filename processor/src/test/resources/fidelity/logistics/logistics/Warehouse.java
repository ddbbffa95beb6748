package logistics;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.List;

/** A warehouse: ids from a table of id blocks shared with docks and parcels, a nested embeddable location. */
@Entity
public class Warehouse {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "warehouse_ids")
    @TableGenerator(name = "warehouse_ids", table = "id_block", pkColumnName = "sequence_name",
            valueColumnName = "next_block", pkColumnValue = "warehouse", allocationSize = 10)
    Long id;

    @Column(nullable = false, unique = true, length = 12)
    String code;

    @Column(nullable = false, length = 120)
    String name;

    Location location;

    @OneToMany(mappedBy = "warehouse")
    List<Dock> docks = new ArrayList<>();
}
