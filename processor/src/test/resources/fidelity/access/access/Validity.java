package access;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;

/** When something holds, and who said so: an association inside an embeddable. */
@Embeddable
public class Validity {
    LocalDateTime validFrom;

    LocalDateTime validUntil;

    @ManyToOne
    UserAccount approvedBy;
}
