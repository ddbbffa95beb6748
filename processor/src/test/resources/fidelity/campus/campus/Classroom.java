package campus;

import jakarta.persistence.*;

/** A classroom on a site. */
@Entity
public class Classroom {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    CampusSite site;

    @Column(nullable = false, length = 10)
    String code;

    short seats;

    boolean hasProjector;
}
