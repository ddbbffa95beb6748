package ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A bank branch in a legacy schema. Its region column is mapped twice; Hibernate defines a shared column by the
 * mapping it binds first, which is the attribute whose name comes first: areaCode.
 */
@Entity
public class Branch {
    @Id
    @Column(length = 8)
    String code;

    @Column(nullable = false, length = 120)
    String name;

    @Column(name = "region", length = 4)
    String region;

    @Column(name = "region", length = 4, nullable = false, insertable = false, updatable = false)
    String areaCode;
}
