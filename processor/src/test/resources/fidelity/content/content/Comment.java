package content;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.hibernate.annotations.ColumnDefault;

/** A reader's comment: an embedded moderation record with a converter chosen from outside. */
@Entity
public class Comment {
    @Id
    @GeneratedValue
    Long id;

    @NotNull
    @ManyToOne
    Article article;

    @NotEmpty
    @Size(max = 2000)
    String text;

    @Embedded
    @Convert(attributeName = "reason", converter = WordCountConverter.class)
    Moderation moderation;

    @ColumnDefault("current_timestamp")
    LocalDateTime postedAt;

    @Convert(disableConversion = true)
    @Column(length = 30)
    String rawSlug;
}
