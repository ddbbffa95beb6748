package content;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.annotations.Check;

/** A section of the site: check constraints of every kind, a descending index. */
@Entity
@Table(check = {@CheckConstraint(constraint = "depth <= 5"), @CheckConstraint(name = "section_position_ck",
        constraint = "position >= 0")},
        indexes = @Index(columnList = "depth desc, position"))
@Check(constraints = "position < 1000")
public class Section {
    @Id
    Integer id;

    @Column(nullable = false, length = 60, check = @CheckConstraint(constraint = "title <> ''"))
    String title;

    @Min(0)
    @Column(check = @CheckConstraint(constraint = "depth >= 0"))
    int depth;

    @Max(999)
    int position;

    @Column(columnDefinition = "varchar(7)")
    String colour;

    @jakarta.persistence.ManyToOne
    Site site;

    @Column(check = @CheckConstraint(constraint = "layout <> 2"))
    @Check(constraints = "layout <> 3")
    Layout layout;

    /** How a section lists its articles. */
    public enum Layout {
        LIST, GRID, CAROUSEL, MAGAZINE
    }
}
