package newsroom;

import jakarta.persistence.*;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.NaturalId;
import org.hibernate.type.SqlTypes;

/** A writer or photographer: a natural id and social links as a JSON object. */
@Entity
public class Contributor {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @NaturalId
    @Column(length = 320)
    String email;

    @Column(nullable = false, length = 100)
    String displayName;

    @Column(length = 2000)
    String bio;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> socialLinks;
}
