package ledger;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;

/** What every ledger entry has; its currency mirror is bound before the subclass's own currency attribute. */
@MappedSuperclass
public abstract class LedgerEntry {
    @Column(nullable = false)
    LocalDate bookingDate;

    @Column(name = "currency", length = 3, nullable = false, insertable = false, updatable = false)
    String currencyMirror;
}
