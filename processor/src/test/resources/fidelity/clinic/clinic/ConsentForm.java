package clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A signed consent: a UUID id and the scanned document as a large object. */
@Entity
public class ConsentForm {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    UUID id;

    @ManyToOne(optional = false)
    Patient patient;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    ConsentKind kind;

    @Lob
    byte[] signedDocument;

    OffsetDateTime signedAt;
}
