package newsroom;

import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/** A saved revision of an item: the diff as JSON text and a column check. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"item_id", "revision_number"}))
public class Revision {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    ContentItem item;

    @Check(constraints = "revision_number > 0")
    @Column(name = "revision_number")
    int revisionNumber;

    @JdbcTypeCode(SqlTypes.JSON)
    String diff;

    @UpdateTimestamp
    Instant savedAt;
}
