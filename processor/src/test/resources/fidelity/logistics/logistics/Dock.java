package logistics;

import jakarta.persistence.*;

/** A loading dock of a warehouse. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"warehouse_id", "dockNumber"}))
public class Dock {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "dock_ids")
    @TableGenerator(name = "dock_ids", table = "id_block", pkColumnName = "sequence_name",
            valueColumnName = "next_block", pkColumnValue = "dock", allocationSize = 10)
    Long id;

    @ManyToOne(optional = false)
    Warehouse warehouse;

    short dockNumber;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    DockType type;
}
