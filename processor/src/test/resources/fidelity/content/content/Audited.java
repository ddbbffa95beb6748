package content;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.NaturalId;

/** A mapped superclass with a natural id part and a class-level check. */
@MappedSuperclass
@Check(constraints = "code <> ''")
public abstract class Audited {
    @NaturalId
    String code;

    @CreationTimestamp
    Instant created;
}
