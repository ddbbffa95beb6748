package newsroom;

import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.CreationTimestamp;

/** A reader's comment, in threads. */
@Entity
public class Comment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    ContentItem item;

    @ManyToOne
    Comment parent;

    @Column(nullable = false, length = 2000)
    String body;

    @CreationTimestamp
    Instant postedAt;

    @ColumnDefault("false")
    boolean hidden;
}
