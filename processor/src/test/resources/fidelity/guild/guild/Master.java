package guild;

import jakarta.persistence.Entity;

/** A JOINED subclass whose key is the composite key of its root. */
@Entity
public class Master extends Member {
    int apprenticesAllowed;
}
