package content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/** An article: natural id, JSON metadata, Bean Validation, timestamps Hibernate fills in, a formula. */
@Entity
@Table(name = "article")
public class Article {
    @Id
    @GeneratedValue
    Long id;

    @NaturalId
    @Column(length = 120)
    Slug slug;

    @NotBlank
    @Size(max = 200)
    String title;

    @Size(max = 500)
    @Column(length = 1000)
    String summary;

    @Lob
    String body;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> metadata;

    @JdbcTypeCode(SqlTypes.JSON)
    List<String> keywords;

    @Enumerated(EnumType.STRING)
    @NotNull
    ArticleStatus status;

    @ColumnDefault("0")
    int views;

    @Formula("views * 2")
    int score;

    @NotNull
    @ManyToOne
    Author author;

    @ManyToOne
    Section section;

    @CreationTimestamp
    Instant created;

    @UpdateTimestamp
    Instant modified;

    @Version
    long version;
}
