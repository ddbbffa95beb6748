package library;

import jakarta.persistence.*;
import java.time.Instant;

/** A patron waiting for a title, to be picked up at a branch; one hold per patron and title. */
@Entity
@Table(name = "title_hold", uniqueConstraints = @UniqueConstraint(columnNames = {"patron_id", "title_id"}))
public class Hold {
    @Id
    @GeneratedValue
    Long id;

    @ManyToOne(optional = false)
    Patron patron;

    @ManyToOne(optional = false)
    Title title;

    @ManyToOne
    @JoinColumn(name = "pickup_branch_id")
    Branch pickupBranch;

    @Column(nullable = false)
    Instant placedAt;

    short queuePosition;
}
