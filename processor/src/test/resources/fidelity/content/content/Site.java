package content;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.NaturalId;
import org.hibernate.type.SqlTypes;

/** A site of a multi-site installation: a string id bounded by @Size, which foreign keys to it copy. */
@Entity
public class Site extends Audited {
    @Id
    @Size(max = 40)
    String host;

    @NaturalId
    int shard;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    String settings;

    @Embedded
    Branding branding;
}
