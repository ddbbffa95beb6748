package newsroom;

import jakarta.persistence.*;
import org.hibernate.annotations.NaturalId;

/** A topic tag; its label may be corrected (a mutable natural id). */
@Entity
public class Tag {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @NaturalId(mutable = true)
    @Column(length = 60)
    String label;
}
