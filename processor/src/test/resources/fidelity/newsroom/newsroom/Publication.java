package newsroom;

import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.UpdateTimestamp;

/** A newspaper or magazine: a natural id, a column default and timestamps Hibernate fills in. */
@Entity
public class Publication {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @NaturalId
    @Column(length = 40)
    String slug;

    @Column(nullable = false, length = 120)
    String name;

    @ColumnDefault("'en'")
    @Column(length = 5, nullable = false)
    String language;

    @CreationTimestamp
    Instant createdAt;

    @UpdateTimestamp
    Instant updatedAt;
}
