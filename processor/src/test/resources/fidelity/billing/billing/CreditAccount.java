package billing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An account that may go below zero, down to its limit. */
@Entity
public class CreditAccount extends Account {
    long creditLimit;
    @Enumerated(EnumType.STRING) CreditTier tier;
}
