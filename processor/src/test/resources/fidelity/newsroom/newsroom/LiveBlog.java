package newsroom;

import jakarta.persistence.*;
import java.time.Instant;

/** An article updated live: a second level of the single-table hierarchy. */
@Entity
@DiscriminatorValue("LIVE_BLOG")
public class LiveBlog extends Article {
    boolean closed;

    Instant lastEntryAt;
}
