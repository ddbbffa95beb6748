package identity;

import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** Who created a row and when; entities rename the creator's join columns with @AssociationOverride. */
@MappedSuperclass
public abstract class Audited {
    @ManyToOne
    UserAccount createdBy;

    Instant createdAt;
}
