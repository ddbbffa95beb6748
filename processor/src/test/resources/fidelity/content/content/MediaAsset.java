package content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import java.net.InetAddress;
import java.net.URL;
import java.sql.Blob;
import java.sql.Clob;
import java.time.Duration;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An uploaded file: binary types, large objects, a verbatim column type, a duration. */
@Entity
public class MediaAsset {
    @Id
    UUID id;

    @Column(length = 2048)
    URL source;

    byte[] thumbnail;

    @Lob
    byte[] original;

    Blob raw;

    Clob transcript;

    @Min(0)
    long bytes;

    Duration length;

    @Digits(integer = 4, fraction = 3)
    java.math.BigDecimal aspect;

    @Column(columnDefinition = "jsonb")
    String exif;

    @JdbcTypeCode(SqlTypes.SQLXML)
    String caption;

    InetAddress uploadedFrom;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    String altText;
}
