package newsroom;

import jakarta.persistence.*;
import java.time.LocalDate;

/** A place in a newsletter issue. */
@Entity
public class NewsletterPlacement extends Placement {
    LocalDate issueDate;
}
