package library;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.sql.Timestamp;

/** A physical copy of a title at a branch: a NOT NULL join column set on the column, a unique barcode. */
@Entity
@Table(name = "title_copy")
public class Copy {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne
    @JoinColumn(nullable = false)
    Title title;

    @ManyToOne
    @JoinColumn(name = "branch_id", nullable = false)
    Branch branch;

    @Column(nullable = false, unique = true, length = 14)
    String barcode;

    @Enumerated(EnumType.ORDINAL)
    CopyCondition condition;

    @Column(precision = 7, scale = 2)
    BigDecimal replacementCost;

    Timestamp lastInventoriedAt;
}
