package access;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A generic mapped superclass: entities keyed by a code of their choosing. */
@MappedSuperclass
public abstract class Coded<K> {
    @Id
    @Column(length = 100)
    protected K code;

    @Column(length = 200)
    protected String label;
}
