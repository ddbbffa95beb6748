package campus;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** An assignment of a section, with attachment links in order. */
@Entity
public class Assignment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    CourseSection section;

    @Column(nullable = false, length = 200)
    String title;

    LocalDateTime dueAt;

    @Column(precision = 5, scale = 2)
    BigDecimal maxPoints;

    @ElementCollection
    @OrderColumn
    @Column(name = "url", length = 500)
    List<String> attachments = new ArrayList<>();
}
