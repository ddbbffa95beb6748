package hotel;

import jakarta.persistence.*;
import java.time.LocalDateTime;

/** A line of a folio: an embedded amount whose columns are renamed. */
@Entity
@Table(indexes = @Index(columnList = "folio_id, postedAt desc"))
public class FolioCharge {
    @Id
    @GeneratedValue
    Long id;

    @ManyToOne(optional = false)
    Folio folio;

    @AttributeOverride(name = "amount", column = @Column(name = "charge_amount", precision = 10, scale = 2,
            nullable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "charge_currency", length = 3))
    Money charge;

    @Column(length = 200)
    String description;

    LocalDateTime postedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    ChargeKind kind;
}
