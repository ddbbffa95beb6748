package access;

import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A generic mapped superclass whose association's target is a type argument. */
@MappedSuperclass
public abstract class Owned<O> {
    @ManyToOne(optional = false)
    protected O owner;
}
