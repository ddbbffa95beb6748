package newsroom;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Nationalized;
import org.hibernate.type.SqlTypes;

/**
 * Anything the newsroom publishes: one table for all kinds (SINGLE_TABLE) with a string discriminator, JSON
 * metadata, a formula that has no column and a table check.
 */
@Entity
@Table(name = "content_item", indexes = @Index(columnList = "publication_id, published_at desc"))
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "item_kind", length = 16)
@Check(name = "content_item_published_has_date", constraints = "status <> 'PUBLISHED' or published_at is not null")
public abstract class ContentItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Nationalized
    @Column(nullable = false, length = 200)
    String title;

    @Formula("length(title)")
    int titleLength;

    @ManyToOne(optional = false)
    Publication publication;

    @ManyToOne
    Contributor author;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 12, nullable = false)
    ContentStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> metadata;

    @Column(name = "published_at")
    Instant publishedAt;

    @ManyToMany
    @JoinTable(name = "content_item_tag", joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    Set<Tag> tags = new HashSet<>();

    @Version
    int version;
}
