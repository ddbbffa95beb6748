package newsroom;

import jakarta.persistence.*;
import java.time.Duration;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A video, with its renditions as a JSON array. */
@Entity
@DiscriminatorValue("VIDEO")
public class VideoClip extends ContentItem {
    Duration runningTime;

    @Column(length = 500)
    String streamUrl;

    @JdbcTypeCode(SqlTypes.JSON)
    List<String> renditions;
}
