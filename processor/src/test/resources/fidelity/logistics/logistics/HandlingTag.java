package logistics;

import jakarta.persistence.*;

/** A handling instruction such as FRAGILE or KEEP_COLD, keyed by its code. */
@Entity
public class HandlingTag {
    @Id
    @Column(length = 16)
    String code;

    @Column(length = 200)
    String description;
}
