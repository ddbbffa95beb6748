package billing;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

/** A fee for a service; without a discriminator value, its value is its entity name's hash code. */
@Entity
public class ServiceFee extends Fee {
    @ManyToOne(optional = false) Customer requestedBy;
    String service;
}
