package billing;

import jakarta.persistence.Entity;
import java.time.Instant;

/** A bank transfer that settles at once; its discriminator value is its entity name. */
@Entity
public class InstantTransfer extends BankTransfer {
    boolean confirmed;
    Instant settledAt;
}
